# Generated from the endpoints table by `python -m sentdm.stubs`: do not edit.
"""Types of the resources and models that sentdm builds from its endpoints table."""

from datetime import datetime
from typing import Any, Dict, List, Literal, Optional, Type, TypeVar, Union, overload
from uuid import UUID

from .aio import AsyncResource
from .models import Model
from .operations import ApiResponse
from .pagination import AsyncPaginator, Paginator
from .resources import Resource

from .aio import AsyncClient as _AsyncClient
from .client import Client as _Client

__all__ = [
    "Account",
    "AccountChannel",
    "AccountChannels",
    "AccountProfile",
    "AccountWhatsappChannel",
    "AuthenticationConfigInput",
    "BillingContact",
    "BillingContactInput",
    "Brand",
    "BrandBusiness",
    "BrandBusinessInput",
    "BrandCampaign",
    "BrandCompliance",
    "BrandComplianceInput",
    "BrandContact",
    "BrandContactInput",
    "BrandInput",
    "Call",
    "CallEventPayload",
    "CallPage",
    "CallParticipant",
    "CallParticipantTargetInput",
    "CallParty",
    "CallRecordRequest",
    "CallRecording",
    "CallRecordings",
    "CallTimelineEntry",
    "CampaignDataInput",
    "CampaignRequest",
    "CampaignUseCase",
    "CampaignUseCaseDataInput",
    "ChannelEventCompliance",
    "ChannelEventComplianceDocument",
    "ChannelEventPayload",
    "ChannelScore",
    "Contact",
    "ContactCreateRequest",
    "ContactEventPayload",
    "ContactMessageSummary",
    "ContactPage",
    "ContactUpdateRequest",
    "Cursors",
    "DestinationCountry",
    "DestinationCountryInput",
    "InboundMessageEventPayload",
    "InboundMessageMedia",
    "LocationInput",
    "Message",
    "MessageActivities",
    "MessageActivity",
    "MessageBody",
    "MessageBodyButton",
    "MessageBodyHeaderMedia",
    "MessageBodyMedia",
    "MessageEvent",
    "MessageEventPayload",
    "MessagePage",
    "MessageSendRecipient",
    "MessageSendRequest",
    "MessageSendResult",
    "MessageTemplateInput",
    "MmsInput",
    "MmsMediaInput",
    "NumberLookup",
    "PaginationMeta",
    "ParticipantAddRequest",
    "ParticipantUpdateRequest",
    "PaymentDetailsInput",
    "ProfileCompleteRequest",
    "ProfileCompleteResult",
    "ProfileCreateRequest",
    "ProfileDetail",
    "ProfileList",
    "ProfileSettings",
    "ProfileUpdateRequest",
    "PropsInput",
    "SandboxRequest",
    "SenderProfileInput",
    "Template",
    "TemplateBodyContentInput",
    "TemplateBodyInput",
    "TemplateButtonInput",
    "TemplateButtonPropsInput",
    "TemplateCreateRequest",
    "TemplateDefinitionInput",
    "TemplateDeleteRequest",
    "TemplateEventPayload",
    "TemplateHeaderInput",
    "TemplatePage",
    "TemplateUpdateRequest",
    "TemplateVariableInput",
    "TokenCreateRequest",
    "User",
    "UserInviteRequest",
    "UserList",
    "UserUpdateRoleRequest",
    "VoiceCallbackTest",
    "VoiceCallbackTestErrorInfo",
    "VoiceCallbackTestRequestInfo",
    "VoiceCallbackTestResponseInfo",
    "VoiceCreateRequest",
    "VoiceNumber",
    "VoiceNumberCreated",
    "VoiceSecret",
    "VoiceToken",
    "VoiceUpdateRequest",
    "Webhook",
    "WebhookEventRecord",
    "WebhookEventRecordPage",
    "WebhookEventType",
    "WebhookEventTypeList",
    "WebhookPage",
    "WebhookRequest",
    "WebhookSecret",
    "WebhookTestRequest",
    "WebhookTestResult",
    "WebhookToggleStatusRequest",
    "WhatsappBusinessAccountInput",
]


class Account(Model):
    """The API key's account: the organization with its profiles, the user, and the channels"""
    @property
    def id(self) -> Optional[str]:
        """Customer ID (organization, account, or profile)"""
    @property
    def channels(self) -> Optional[AccountChannels]:
        """Messaging channel configuration."""
    @property
    def created_at(self) -> Optional[datetime]:
        """When the account was created"""
    @property
    def description(self) -> Optional[str]:
        """Account description"""
    @property
    def email(self) -> Optional[str]:
        """Contact email address"""
    @property
    def enable_template_auto_creation_for_sp(self) -> Optional[bool]:
        """Whether this account may mark a template for automatic creation on its sender profiles. Granted by Sent per account and off by default, so it is what a template-create form reads to decide whether to offer the option at all — marking a template without it does nothing."""
    @property
    def icon(self) -> Optional[str]:
        """Account icon URL"""
    @property
    def name(self) -> Optional[str]:
        """Account name"""
    @property
    def organization_id(self) -> Optional[str]:
        """Organization ID (only for profile type — the parent organization)"""
    @property
    def profiles(self) -> Optional[List[AccountProfile]]:
        """List of profiles (populated for organization type, empty for user and profile types)"""
    @property
    def sending_phone_number(self) -> Optional[str]:
        """The SMS sender this account sends from in the United States, in E.164 form."""
    @property
    def sending_phone_number_profile_id(self) -> Optional[str]:
        """The account that holds sending_phone_number in number inventory: normally this account itself, and a different account when the number is held elsewhere. Null when there is no US sender, or when the sender is not a number drawn from inventory — an alphanumeric sender ID or a short code."""
    @property
    def settings(self) -> Optional[ProfileSettings]:
        """Profile configuration settings"""
    @property
    def short_name(self) -> Optional[str]:
        """Short name / abbreviation (only for profile type)"""
    @property
    def status(self) -> Optional[str]:
        """Profile status (only for profile type): incomplete, pending_review, approved, etc."""
    @property
    def type(self) -> Optional[str]:
        """Account type: "organization" (has profiles), "user" (no profiles), or "profile" (child of an organization)"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        channels: Optional[AccountChannels] = ...,
        created_at: Optional[datetime] = ...,
        description: Optional[str] = ...,
        email: Optional[str] = ...,
        enable_template_auto_creation_for_sp: Optional[bool] = ...,
        icon: Optional[str] = ...,
        name: Optional[str] = ...,
        organization_id: Optional[str] = ...,
        profiles: Optional[List[AccountProfile]] = ...,
        sending_phone_number: Optional[str] = ...,
        sending_phone_number_profile_id: Optional[str] = ...,
        settings: Optional[ProfileSettings] = ...,
        short_name: Optional[str] = ...,
        status: Optional[str] = ...,
        type: Optional[str] = ...,
    ) -> None: ...

class AccountChannel(Model):
    """RCS channel configuration. When configured, includes the RCS phone number."""
    @property
    def configured(self) -> Optional[bool]:
        """Whether RCS is configured for this account"""
    @property
    def phone_number(self) -> Optional[str]:
        """RCS-enabled phone number in E.164 format"""
    def __init__(
        self,
        *,
        configured: Optional[bool] = ...,
        phone_number: Optional[str] = ...,
    ) -> None: ...

class AccountChannels(Model):
    """Messaging channel configuration.

    All three channels are always present. Each channel has a "configured" flag; configured channels
    expose additional details.
    """
    @property
    def rcs(self) -> Optional[AccountChannel]:
        """RCS channel configuration. When configured, includes the RCS phone number."""
    @property
    def sms(self) -> Optional[AccountChannel]:
        """SMS channel configuration. When configured, includes the sending phone number."""
    @property
    def whatsapp(self) -> Optional[AccountWhatsappChannel]:
        """WhatsApp Business channel configuration."""
    def __init__(
        self,
        *,
        rcs: Optional[AccountChannel] = ...,
        sms: Optional[AccountChannel] = ...,
        whatsapp: Optional[AccountWhatsappChannel] = ...,
    ) -> None: ...

class AccountProfile(Model):
    """A sender profile of the account"""
    @property
    def id(self) -> Optional[str]:
        """Profile unique identifier"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When the profile was created"""
    @property
    def description(self) -> Optional[str]:
        """Profile description"""
    @property
    def icon(self) -> Optional[str]:
        """Profile icon URL"""
    @property
    def name(self) -> Optional[str]:
        """Profile name"""
    @property
    def role(self) -> Optional[str]:
        """User's role in this profile: admin, billing, developer (inherited from organization if not explicitly set)"""
    @property
    def settings(self) -> Optional[ProfileSettings]:
        """Profile configuration settings"""
    @property
    def short_name(self) -> Optional[str]:
        """Profile short name (abbreviation)"""
    @property
    def status(self) -> Optional[str]:
        """Profile setup status: incomplete, pending_review, approved, rejected"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        description: Optional[str] = ...,
        icon: Optional[str] = ...,
        name: Optional[str] = ...,
        role: Optional[str] = ...,
        settings: Optional[ProfileSettings] = ...,
        short_name: Optional[str] = ...,
        status: Optional[str] = ...,
    ) -> None: ...

class AccountWhatsappChannel(Model):
    """WhatsApp Business channel configuration.

    When configured, includes the WhatsApp phone number and business name.
    """
    @property
    def business_name(self) -> Optional[str]:
        """WhatsApp Business display name"""
    @property
    def configured(self) -> Optional[bool]:
        """Whether WhatsApp is configured for this account"""
    @property
    def phone_number(self) -> Optional[str]:
        """WhatsApp phone number in E.164 format"""
    def __init__(
        self,
        *,
        business_name: Optional[str] = ...,
        configured: Optional[bool] = ...,
        phone_number: Optional[str] = ...,
    ) -> None: ...

class AuthenticationConfigInput(Model):
    """Configuration for AUTHENTICATION category templates"""
    @property
    def add_security_recommendation(self) -> Optional[bool]:
        """Whether to add the security recommendation text: "For your security, do not share this code.\""""
    @property
    def code_expiration_minutes(self) -> Optional[int]:
        """Code expiration time in minutes (1-90)."""
    def __init__(
        self,
        *,
        add_security_recommendation: Optional[bool] = ...,
        code_expiration_minutes: Optional[int] = ...,
    ) -> None: ...

class BillingContact(Model):
    """Billing contact info returned in profile responses"""
    @property
    def address(self) -> Optional[str]:
        """Postal address"""
    @property
    def email(self) -> Optional[str]:
        """Email address"""
    @property
    def name(self) -> Optional[str]:
        """Name"""
    @property
    def phone(self) -> Optional[str]:
        """Phone number"""
    def __init__(
        self,
        *,
        address: Optional[str] = ...,
        email: Optional[str] = ...,
        name: Optional[str] = ...,
        phone: Optional[str] = ...,
    ) -> None: ...

class BillingContactInput(Model):
    """Billing contact information for a profile. Required when billing_model is "profile" or
    "profile_and_organization".
    """
    @property
    def email(self) -> Optional[str]:
        """Email address where invoices will be sent (required)"""
    @property
    def name(self) -> Optional[str]:
        """Full name of the billing contact or company (required)"""
    @property
    def address(self) -> Optional[str]:
        """Billing address (optional)."""
    @property
    def phone(self) -> Optional[str]:
        """Phone number for the billing contact (optional)"""
    def __init__(
        self,
        *,
        email: Optional[str] = ...,
        name: Optional[str] = ...,
        address: Optional[str] = ...,
        phone: Optional[str] = ...,
    ) -> None: ...

class Brand(Model):
    """Brand response with nested contact, business, and compliance sections — mirrors the request
    structure.
    """
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the brand"""
    @property
    def business(self) -> Optional[BrandBusiness]:
        """Business details and address information"""
    @property
    def compliance(self) -> Optional[BrandCompliance]:
        """Compliance and TCR-related information"""
    @property
    def contact(self) -> Optional[BrandContact]:
        """Contact information for the brand"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When the brand was created"""
    @property
    def csp_id(self) -> Optional[str]:
        """Deprecated and scheduled for removal."""
    @property
    def identity_status(self) -> Optional[str]:
        """Brand identity verification status"""
    @property
    def is_inherited(self) -> Optional[bool]:
        """Whether this brand is inherited from the parent organization"""
    @property
    def status(self) -> Optional[str]:
        """Current status"""
    @property
    def submitted_at(self) -> Optional[datetime]:
        """When the brand was submitted to TCR"""
    @property
    def submitted_to_tcr(self) -> Optional[bool]:
        """Whether this brand has been submitted to TCR"""
    @property
    def tcr_brand_id(self) -> Optional[str]:
        """TCR brand ID (populated after TCR submission)"""
    @property
    def universal_ein(self) -> Optional[str]:
        """Universal EIN from TCR"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When the brand was last updated"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        business: Optional[BrandBusiness] = ...,
        compliance: Optional[BrandCompliance] = ...,
        contact: Optional[BrandContact] = ...,
        created_at: Optional[datetime] = ...,
        csp_id: Optional[str] = ...,
        identity_status: Optional[str] = ...,
        is_inherited: Optional[bool] = ...,
        status: Optional[str] = ...,
        submitted_at: Optional[datetime] = ...,
        submitted_to_tcr: Optional[bool] = ...,
        tcr_brand_id: Optional[str] = ...,
        universal_ein: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class BrandBusiness(Model):
    """Business details and address information"""
    @property
    def city(self) -> Optional[str]:
        """City"""
    @property
    def country(self) -> Optional[str]:
        """Country code (e.g., US, CA)"""
    @property
    def country_of_registration(self) -> Optional[str]:
        """Country where the business is registered"""
    @property
    def entity_type(self) -> Optional[str]:
        """Business entity type"""
    @property
    def legal_name(self) -> Optional[str]:
        """Legal business name"""
    @property
    def postal_code(self) -> Optional[str]:
        """Postal/ZIP code"""
    @property
    def state(self) -> Optional[str]:
        """State/province code"""
    @property
    def street(self) -> Optional[str]:
        """Street address"""
    @property
    def tax_id(self) -> Optional[str]:
        """Tax ID/EIN number"""
    @property
    def tax_id_type(self) -> Optional[str]:
        """Type of tax ID (e.g., us_ein, ca_bn)"""
    @property
    def url(self) -> Optional[str]:
        """Business website URL"""
    def __init__(
        self,
        *,
        city: Optional[str] = ...,
        country: Optional[str] = ...,
        country_of_registration: Optional[str] = ...,
        entity_type: Optional[str] = ...,
        legal_name: Optional[str] = ...,
        postal_code: Optional[str] = ...,
        state: Optional[str] = ...,
        street: Optional[str] = ...,
        tax_id: Optional[str] = ...,
        tax_id_type: Optional[str] = ...,
        url: Optional[str] = ...,
    ) -> None: ...

class BrandBusinessInput(Model):
    """Business details and address for brand KYC"""
    @property
    def city(self) -> Optional[str]:
        """City"""
    @property
    def country(self) -> Optional[str]:
        """Country code (e.g., US, CA)"""
    @property
    def country_of_registration(self) -> Optional[str]:
        """Country where the business is registered"""
    @property
    def entity_type(self) -> Optional[str]:
        """Legal entity type"""
    @property
    def legal_name(self) -> Optional[str]:
        """Legal business name"""
    @property
    def postal_code(self) -> Optional[str]:
        """Postal/ZIP code"""
    @property
    def state(self) -> Optional[str]:
        """State/province code"""
    @property
    def street(self) -> Optional[str]:
        """Street address"""
    @property
    def tax_id(self) -> Optional[str]:
        """Tax ID/EIN number"""
    @property
    def tax_id_type(self) -> Optional[str]:
        """Type of tax ID (e.g., us_ein, ca_bn)"""
    @property
    def url(self) -> Optional[str]:
        """Business website URL"""
    def __init__(
        self,
        *,
        city: Optional[str] = ...,
        country: Optional[str] = ...,
        country_of_registration: Optional[str] = ...,
        entity_type: Optional[str] = ...,
        legal_name: Optional[str] = ...,
        postal_code: Optional[str] = ...,
        state: Optional[str] = ...,
        street: Optional[str] = ...,
        tax_id: Optional[str] = ...,
        tax_id_type: Optional[str] = ...,
        url: Optional[str] = ...,
    ) -> None: ...

class BrandCampaign(Model):
    """A 10DLC campaign registered for a brand."""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier"""
    @property
    def billed_date(self) -> Optional[datetime]:
        """When it was billed"""
    @property
    def brand_id(self) -> Optional[str]:
        """Identifier of the brand"""
    @property
    def cost(self) -> Optional[float]:
        """Cost"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When it was created"""
    @property
    def customer_id(self) -> Optional[str]:
        """Identifier of the customer (account) that owns it"""
    @property
    def dca_elections_complete(self) -> Optional[bool]:
        """True once every carrier has completed its DCA election and the campaign is operationally ready for traffic."""
    @property
    def dca_elections_completed_at(self) -> Optional[datetime]:
        """When the DCA elections completed"""
    @property
    def description(self) -> Optional[str]:
        """..."""
    @property
    def has_submission_transaction(self) -> Optional[bool]:
        """True when the one-time campaign submission fee has already been charged."""
    @property
    def help_keywords(self) -> Optional[str]:
        """Keywords that ask for help"""
    @property
    def help_message(self) -> Optional[str]:
        """Reply sent on HELP"""
    @property
    def message_flow(self) -> Optional[str]:
        """How recipients opt in"""
    @property
    def name(self) -> Optional[str]:
        """Name"""
    @property
    def optin_keywords(self) -> Optional[str]:
        """Keywords that opt a recipient in"""
    @property
    def optin_message(self) -> Optional[str]:
        """Reply sent on opt-in"""
    @property
    def optout_keywords(self) -> Optional[str]:
        """Keywords that opt a recipient out"""
    @property
    def optout_message(self) -> Optional[str]:
        """Reply sent on opt-out"""
    @property
    def privacy_policy_link(self) -> Optional[str]:
        """Link to the privacy policy"""
    @property
    def status(self) -> Optional[str]:
        """Current status"""
    @property
    def submitted_at(self) -> Optional[datetime]:
        """When it was submitted"""
    @property
    def submitted_to_tcr(self) -> Optional[bool]:
        """Whether it was submitted to The Campaign Registry"""
    @property
    def tcr_campaign_id(self) -> Optional[str]:
        """The Campaign Registry identifier, once the campaign has been accepted."""
    @property
    def tcr_sync_error(self) -> Optional[str]:
        """Surfaced so customers can see why a submission did not reach the registry."""
    @property
    def terms_and_conditions_link(self) -> Optional[str]:
        """Link to the terms and conditions"""
    @property
    def type(self) -> Optional[str]:
        """Campaign type (for example KYC or App)."""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When it was last changed"""
    @property
    def use_cases(self) -> Optional[List[CampaignUseCase]]:
        """The campaign's use cases"""
    @property
    def volume(self) -> Optional[str]:
        """Expected messaging volume for this campaign — customer-supplied on create/update, and the input to both the TCR usecase classification (LOW_VOLUME vs MIXED/specific) and the campaign fee tier. Surfaced so customers can read back the value they set."""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        billed_date: Optional[datetime] = ...,
        brand_id: Optional[str] = ...,
        cost: Optional[float] = ...,
        created_at: Optional[datetime] = ...,
        customer_id: Optional[str] = ...,
        dca_elections_complete: Optional[bool] = ...,
        dca_elections_completed_at: Optional[datetime] = ...,
        description: Optional[str] = ...,
        has_submission_transaction: Optional[bool] = ...,
        help_keywords: Optional[str] = ...,
        help_message: Optional[str] = ...,
        message_flow: Optional[str] = ...,
        name: Optional[str] = ...,
        optin_keywords: Optional[str] = ...,
        optin_message: Optional[str] = ...,
        optout_keywords: Optional[str] = ...,
        optout_message: Optional[str] = ...,
        privacy_policy_link: Optional[str] = ...,
        status: Optional[str] = ...,
        submitted_at: Optional[datetime] = ...,
        submitted_to_tcr: Optional[bool] = ...,
        tcr_campaign_id: Optional[str] = ...,
        tcr_sync_error: Optional[str] = ...,
        terms_and_conditions_link: Optional[str] = ...,
        type: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
        use_cases: Optional[List[CampaignUseCase]] = ...,
        volume: Optional[str] = ...,
    ) -> None: ...

class BrandCompliance(Model):
    """Compliance and TCR-related information"""
    @property
    def brand_relationship(self) -> Optional[str]:
        """Relationship of the brand with its CSP"""
    @property
    def destination_countries(self) -> Optional[List[DestinationCountry]]:
        """List of destination countries for messaging"""
    @property
    def is_tcr_application(self) -> Optional[bool]:
        """Whether this is a TCR (Campaign Registry) application"""
    @property
    def notes(self) -> Optional[str]:
        """Additional notes about the business or use case"""
    @property
    def phone_number_prefix(self) -> Optional[str]:
        """Phone number prefix for messaging (e.g., "+1")"""
    @property
    def primary_use_case(self) -> Optional[str]:
        """Always null."""
    @property
    def vertical(self) -> Optional[str]:
        """Industry of the brand (TCR vertical)"""
    def __init__(
        self,
        *,
        brand_relationship: Optional[str] = ...,
        destination_countries: Optional[List[DestinationCountry]] = ...,
        is_tcr_application: Optional[bool] = ...,
        notes: Optional[str] = ...,
        phone_number_prefix: Optional[str] = ...,
        primary_use_case: Optional[str] = ...,
        vertical: Optional[str] = ...,
    ) -> None: ...

class BrandComplianceInput(Model):
    """Compliance and TCR information for brand registration"""
    @property
    def brand_relationship(self) -> Optional[str]:
        """Relationship of the brand with its CSP"""
    @property
    def vertical(self) -> Optional[str]:
        """Industry of the brand (TCR vertical)"""
    @property
    def destination_countries(self) -> Optional[List[DestinationCountryInput]]:
        """List of destination countries for messaging"""
    @property
    def is_tcr_application(self) -> Optional[bool]:
        """Whether this is a TCR (Campaign Registry) application"""
    @property
    def notes(self) -> Optional[str]:
        """Additional notes about the business or use case"""
    @property
    def phone_number_prefix(self) -> Optional[str]:
        """Phone number prefix for messaging (e.g., "+1")"""
    def __init__(
        self,
        *,
        brand_relationship: Optional[str] = ...,
        vertical: Optional[str] = ...,
        destination_countries: Optional[List[DestinationCountryInput]] = ...,
        is_tcr_application: Optional[bool] = ...,
        notes: Optional[str] = ...,
        phone_number_prefix: Optional[str] = ...,
    ) -> None: ...

class BrandContact(Model):
    """Contact information for the brand"""
    @property
    def business_name(self) -> Optional[str]:
        """Business/brand name"""
    @property
    def email(self) -> Optional[str]:
        """Contact email address"""
    @property
    def name(self) -> Optional[str]:
        """Primary contact name"""
    @property
    def phone(self) -> Optional[str]:
        """Contact phone number in E.164 format"""
    @property
    def phone_country_code(self) -> Optional[str]:
        """Contact phone country code (e.g., "1" for US)"""
    @property
    def role(self) -> Optional[str]:
        """Contact's role in the business"""
    def __init__(
        self,
        *,
        business_name: Optional[str] = ...,
        email: Optional[str] = ...,
        name: Optional[str] = ...,
        phone: Optional[str] = ...,
        phone_country_code: Optional[str] = ...,
        role: Optional[str] = ...,
    ) -> None: ...

class BrandContactInput(Model):
    """Contact information for brand KYC"""
    @property
    def name(self) -> Optional[str]:
        """Primary contact name (required)"""
    @property
    def business_name(self) -> Optional[str]:
        """Business/brand name"""
    @property
    def email(self) -> Optional[str]:
        """Contact email address"""
    @property
    def phone(self) -> Optional[str]:
        """Contact phone number in E.164 format"""
    @property
    def phone_country_code(self) -> Optional[str]:
        """Contact phone country code (e.g., "1" for US)"""
    @property
    def role(self) -> Optional[str]:
        """Contact's role in the business"""
    def __init__(
        self,
        *,
        name: Optional[str] = ...,
        business_name: Optional[str] = ...,
        email: Optional[str] = ...,
        phone: Optional[str] = ...,
        phone_country_code: Optional[str] = ...,
        role: Optional[str] = ...,
    ) -> None: ...

class BrandInput(Model):
    """Brand and KYC data grouped into contact, business, and compliance sections"""
    @property
    def compliance(self) -> Optional[BrandComplianceInput]:
        """Compliance and TCR information for brand registration"""
    @property
    def contact(self) -> Optional[BrandContactInput]:
        """Contact information for brand KYC"""
    @property
    def business(self) -> Optional[BrandBusinessInput]:
        """Business details and address for brand KYC"""
    def __init__(
        self,
        *,
        compliance: Optional[BrandComplianceInput] = ...,
        contact: Optional[BrandContactInput] = ...,
        business: Optional[BrandBusinessInput] = ...,
    ) -> None: ...

class Call(Model):
    """A call record"""
    @property
    def id(self) -> Optional[str]:
        """The call id, the same one carried by the call.request question and every call webhook"""
    @property
    def answered_at(self) -> Optional[datetime]:
        """When the call was answered (UTC)."""
    @property
    def direction(self) -> Optional[str]:
        """outbound for a call placed from your app, inbound for a call to one of your numbers"""
    @property
    def duration_seconds(self) -> Optional[int]:
        """Billable duration in seconds. Null while the call is live"""
    @property
    def ended_at(self) -> Optional[datetime]:
        """When the call ended (UTC). Null while the call is live"""
    @property
    def failure_reason(self) -> Optional[str]:
        """Why the call did not complete: callback_timeout, invalid_answer, insufficient_balance, destination_blocked, callback_not_configured, rejected or no_answer. Null while the call is live, when it completed, and when it failed without a recorded reason"""
    @property
    def from_(self) -> Optional[CallParty]:
        """One end of a call"""
    @property
    def mode(self) -> Optional[str]:
        """The calling mode: inapp for a call between people in your app and phone numbers, routed by your number's callback URL"""
    @property
    def number(self) -> Optional[str]:
        """Your number that owns the call, in E.164 format: the dialed number for an inbound call, the caller's bound number for a call placed from your app"""
    @property
    def price(self) -> Optional[float]:
        """What the call cost. Null until it has been priced"""
    @property
    def recording_available(self) -> Optional[bool]:
        """True once a recording of the call is available"""
    @property
    def started_at(self) -> Optional[datetime]:
        """When the call was placed (UTC)"""
    @property
    def status(self) -> Optional[str]:
        """INITIATED, RINGING, ANSWERED, COMPLETED, FAILED, NO_ANSWER or REJECTED"""
    @property
    def timeline(self) -> Optional[List[CallTimelineEntry]]:
        """When the call entered each status, oldest first."""
    @property
    def to(self) -> Optional[CallParty]:
        """One end of a call"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        answered_at: Optional[datetime] = ...,
        direction: Optional[str] = ...,
        duration_seconds: Optional[int] = ...,
        ended_at: Optional[datetime] = ...,
        failure_reason: Optional[str] = ...,
        from_: Optional[CallParty] = ...,
        mode: Optional[str] = ...,
        number: Optional[str] = ...,
        price: Optional[float] = ...,
        recording_available: Optional[bool] = ...,
        started_at: Optional[datetime] = ...,
        status: Optional[str] = ...,
        timeline: Optional[List[CallTimelineEntry]] = ...,
        to: Optional[CallParty] = ...,
    ) -> None: ...

class CallEventPayload(Model):
    """Body of a call.initiated, call.answered, call.completed, call.failed or call.recording_ready event."""
    @property
    def call_id(self) -> Optional[str]:
        """Sent's call id."""
    @property
    def account_id(self) -> Optional[str]:
        """The account the call belongs to."""
    @property
    def channel(self) -> Optional[str]:
        """Always voice."""
    @property
    def duration_seconds(self) -> Optional[int]:
        """How long the call lasted; call.completed only."""
    @property
    def number(self) -> Optional[str]:
        """Your number that owns the call, E.164."""
    @property
    def price(self) -> Optional[float]:
        """What the call was charged; call.completed only, once billed."""
    @property
    def reason(self) -> Optional[str]:
        """Why the call did not complete; call.failed only."""
    @property
    def recording_id(self) -> Optional[str]:
        """The recording now available; call.recording_ready only."""
    @property
    def updated_at(self) -> Optional[str]:
        """When the change happened on the call."""
    def __init__(
        self,
        *,
        call_id: Optional[str] = ...,
        account_id: Optional[str] = ...,
        channel: Optional[str] = ...,
        duration_seconds: Optional[int] = ...,
        number: Optional[str] = ...,
        price: Optional[float] = ...,
        reason: Optional[str] = ...,
        recording_id: Optional[str] = ...,
        updated_at: Optional[str] = ...,
    ) -> None: ...

class CallPage(Model):
    """One page of calls"""
    @property
    def calls(self) -> Optional[List[Call]]:
        """The calls on this page"""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Where this page is in the list"""
    def __init__(
        self,
        *,
        calls: Optional[List[Call]] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class CallParticipant(Model):
    """A participant of a conference call"""
    @property
    def id(self) -> Optional[str]:
        """The participant's own call id: what the mute and remove endpoints take, and what GET /v3/voice/calls/{id} accepts"""
    @property
    def duration_seconds(self) -> Optional[int]:
        """How long the participant has been connected to the room, in seconds"""
    @property
    def kind(self) -> Optional[str]:
        """user for one of your app users, number for a phone number, anonymous for a caller who withheld their number"""
    @property
    def muted(self) -> Optional[bool]:
        """True while the room mutes this participant"""
    @property
    def value(self) -> Optional[str]:
        """The app user's identity or the phone number in E.164 format."""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        duration_seconds: Optional[int] = ...,
        kind: Optional[str] = ...,
        muted: Optional[bool] = ...,
        value: Optional[str] = ...,
    ) -> None: ...

class CallParticipantTargetInput(Model):
    """A participant to add to a call"""
    @property
    def kind(self) -> Optional[str]:
        """user for one of your app users, number for a phone number"""
    @property
    def value(self) -> Optional[str]:
        """The app user's identity, or the phone number in E.164 format"""
    def __init__(self, *, kind: Optional[str] = ..., value: Optional[str] = ...) -> None: ...

class CallParty(Model):
    """One end of a call"""
    @property
    def kind(self) -> Optional[str]:
        """user for one of your app users, number for a phone number, conference for a room, anonymous for a caller who withheld their number"""
    @property
    def value(self) -> Optional[str]:
        """The app user's identity, the phone number in E.164 format, or the room name."""
    def __init__(self, *, kind: Optional[str] = ..., value: Optional[str] = ...) -> None: ...

class CallRecordRequest(Model):
    """Body of voice.calls.record"""
    @property
    def action(self) -> Optional[str]:
        """start to begin recording, stop to end it"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, action: Optional[str] = ..., sandbox: Optional[bool] = ...) -> None: ...

class CallRecording(Model):
    """A short-lived link to a call recording"""
    @property
    def download_url(self) -> Optional[str]:
        """A pre-signed link that downloads the recording as an MP3 file."""
    @property
    def recording_id(self) -> Optional[str]:
        """The recording's id, the one the call.recording_ready webhook announced it under"""
    @property
    def url_expires_at(self) -> Optional[datetime]:
        """When the link stops working (UTC)."""
    def __init__(
        self,
        *,
        download_url: Optional[str] = ...,
        recording_id: Optional[str] = ...,
        url_expires_at: Optional[datetime] = ...,
    ) -> None: ...

class CallRecordings(Model):
    """The recordings of a call, each as a short-lived download link"""
    @property
    def recordings(self) -> Optional[List[CallRecording]]:
        """Every recording of the call, oldest first."""
    def __init__(self, *, recordings: Optional[List[CallRecording]] = ...) -> None: ...

class CallTimelineEntry(Model):
    """When a call entered a status"""
    @property
    def status(self) -> Optional[str]:
        """INITIATED, RINGING, ANSWERED, COMPLETED, FAILED, NO_ANSWER or REJECTED"""
    @property
    def timestamp(self) -> Optional[datetime]:
        """When the call entered this status (UTC)"""
    def __init__(self, *, status: Optional[str] = ..., timestamp: Optional[datetime] = ...) -> None: ...

class CampaignDataInput(Model):
    """Campaign data for create or update operation"""
    @property
    def description(self) -> Optional[str]:
        """Campaign description"""
    @property
    def name(self) -> Optional[str]:
        """Campaign name"""
    @property
    def type(self) -> Optional[str]:
        """Campaign type (e.g., "KYC", "App")."""
    @property
    def use_cases(self) -> Optional[List[CampaignUseCaseDataInput]]:
        """List of use cases with sample messages"""
    @property
    def help_keywords(self) -> Optional[str]:
        """Comma-separated keywords that trigger help message (e.g., "HELP, INFO, SUPPORT")"""
    @property
    def help_message(self) -> Optional[str]:
        """Message sent when user requests help"""
    @property
    def message_flow(self) -> Optional[str]:
        """Description of how messages flow in the campaign"""
    @property
    def optin_keywords(self) -> Optional[str]:
        """Comma-separated keywords that trigger opt-in (e.g., "YES, START, SUBSCRIBE")"""
    @property
    def optin_message(self) -> Optional[str]:
        """Message sent when user opts in"""
    @property
    def optout_keywords(self) -> Optional[str]:
        """Comma-separated keywords that trigger opt-out (e.g., "STOP, UNSUBSCRIBE, END")"""
    @property
    def optout_message(self) -> Optional[str]:
        """Message sent when user opts out"""
    @property
    def privacy_policy_link(self) -> Optional[str]:
        """URL to privacy policy"""
    @property
    def terms_and_conditions_link(self) -> Optional[str]:
        """URL to terms and conditions"""
    @property
    def volume(self) -> Optional[str]:
        """Expected messaging volume for this campaign."""
    def __init__(
        self,
        *,
        description: Optional[str] = ...,
        name: Optional[str] = ...,
        type: Optional[str] = ...,
        use_cases: Optional[List[CampaignUseCaseDataInput]] = ...,
        help_keywords: Optional[str] = ...,
        help_message: Optional[str] = ...,
        message_flow: Optional[str] = ...,
        optin_keywords: Optional[str] = ...,
        optin_message: Optional[str] = ...,
        optout_keywords: Optional[str] = ...,
        optout_message: Optional[str] = ...,
        privacy_policy_link: Optional[str] = ...,
        terms_and_conditions_link: Optional[str] = ...,
        volume: Optional[str] = ...,
    ) -> None: ...

class CampaignRequest(Model):
    """Body of profiles.campaigns.create and profiles.campaigns.update"""
    @property
    def campaign(self) -> Optional[CampaignDataInput]:
        """Campaign data for create or update operation"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(
        self,
        *,
        campaign: Optional[CampaignDataInput] = ...,
        sandbox: Optional[bool] = ...,
    ) -> None: ...

class CampaignUseCase(Model):
    """A use case of a campaign, with its sample messages"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier"""
    @property
    def campaign_id(self) -> Optional[str]:
        """Identifier of the campaign"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When it was created"""
    @property
    def customer_id(self) -> Optional[str]:
        """Identifier of the customer (account) that owns it"""
    @property
    def messaging_use_case_us(self) -> Optional[str]:
        """US messaging use case (TCR)"""
    @property
    def sample_messages(self) -> Optional[List[str]]:
        """Sample messages submitted to the registry for this use case."""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When it was last changed"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        campaign_id: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        customer_id: Optional[str] = ...,
        messaging_use_case_us: Optional[str] = ...,
        sample_messages: Optional[List[str]] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class CampaignUseCaseDataInput(Model):
    """Campaign use case with sample messages"""
    @property
    def messaging_use_case_us(self) -> Optional[str]:
        """US messaging use case (TCR)"""
    @property
    def sample_messages(self) -> Optional[List[str]]:
        """Sample messages for this use case (1-5 messages, max 1024 characters each)"""
    def __init__(
        self,
        *,
        messaging_use_case_us: Optional[str] = ...,
        sample_messages: Optional[List[str]] = ...,
    ) -> None: ...

class ChannelEventCompliance(Model):
    """What a market has been given: the identity it registers under, its programme and its documents."""
    @property
    def brand(self) -> Optional[Dict[str, Any]]:
        """The identity this market registers under."""
    @property
    def campaign(self) -> Optional[Dict[str, Any]]:
        """The programme this market registers."""
    @property
    def documents(self) -> Optional[List[ChannelEventComplianceDocument]]:
        """Documents attached; absent when not fetched."""
    def __init__(
        self,
        *,
        brand: Optional[Dict[str, Any]] = ...,
        campaign: Optional[Dict[str, Any]] = ...,
        documents: Optional[List[ChannelEventComplianceDocument]] = ...,
    ) -> None: ...

class ChannelEventComplianceDocument(Model):
    """A document a market asked for and has been given."""
    @property
    def document_id(self) -> Optional[str]:
        """The upload, for fetching it back."""
    @property
    def file_name(self) -> Optional[str]:
        """..."""
    @property
    def key(self) -> Optional[str]:
        """The requirement it satisfies."""
    def __init__(
        self,
        *,
        document_id: Optional[str] = ...,
        file_name: Optional[str] = ...,
        key: Optional[str] = ...,
    ) -> None: ...

class ChannelEventPayload(Model):
    """Body of a channel event: where one market of one of your channels stands in provisioning and compliance."""
    @property
    def country(self) -> Optional[str]:
        """The market's country, ISO 3166-1 alpha-2."""
    @property
    def status(self) -> Optional[str]:
        """PENDING_REVIEW, ACTION_NEEDED, PROVISIONING, ACTIVE or INACTIVE."""
    @property
    def account_id(self) -> Optional[str]:
        """The account (or sender profile) whose market this is."""
    @property
    def channel(self) -> Optional[str]:
        """sms, whatsapp or rcs."""
    @property
    def compliance(self) -> Optional[ChannelEventCompliance]:
        """What the market has been given: identity, programme, documents."""
    @property
    def number_type(self) -> Optional[str]:
        """The kind of sender, such as TEN_DLC, LOCAL or ALPHANUMERIC."""
    @property
    def reason(self) -> Optional[str]:
        """Why the market is in this state, for a person to read."""
    @property
    def reason_code(self) -> Optional[str]:
        """A stable CHANNEL_xxx code saying why it is not ACTIVE."""
    @property
    def sender_value(self) -> Optional[str]:
        """The sender (a number or an alphanumeric ID), or null until there is one."""
    @property
    def updated_at(self) -> Optional[str]:
        """When the transition happened."""
    def __init__(
        self,
        *,
        country: Optional[str] = ...,
        status: Optional[str] = ...,
        account_id: Optional[str] = ...,
        channel: Optional[str] = ...,
        compliance: Optional[ChannelEventCompliance] = ...,
        number_type: Optional[str] = ...,
        reason: Optional[str] = ...,
        reason_code: Optional[str] = ...,
        sender_value: Optional[str] = ...,
        updated_at: Optional[str] = ...,
    ) -> None: ...

class ChannelScore(Model):
    """How messages to a contact fared on one channel, as percentages"""
    @property
    def channel(self) -> Optional[str]:
        """Channel (sms, whatsapp, rcs, mms)"""
    @property
    def fail_score(self) -> Optional[int]:
        """Percentage (0-100) of messages on this channel that ended in FAILED."""
    @property
    def success_score(self) -> Optional[int]:
        """Percentage (0-100) of messages on this channel that reached a successful terminal state: SENT/DELIVERED/READ for outbound, RECEIVED for inbound."""
    def __init__(
        self,
        *,
        channel: Optional[str] = ...,
        fail_score: Optional[int] = ...,
        success_score: Optional[int] = ...,
    ) -> None: ...

class Contact(Model):
    """A contact: phone formats, available channels, default channel and opt-out"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the contact"""
    @property
    def available_channels(self) -> Optional[str]:
        """Comma-separated list of available messaging channels (e.g., "sms,whatsapp")"""
    @property
    def country_code(self) -> Optional[str]:
        """Country calling code (e.g., 1 for US/Canada)"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When the contact was created"""
    @property
    def customer_id(self) -> Optional[str]:
        """Which customer owns this — the key's own, or the profile named in x-profile-id."""
    @property
    def default_channel(self) -> Optional[str]:
        """Default messaging channel to use (e.g., "sms" or "whatsapp")"""
    @property
    def format_e164(self) -> Optional[str]:
        """Phone number in E.164 format (e.g., +1234567890)"""
    @property
    def format_international(self) -> Optional[str]:
        """Phone number in international format (e.g., +1 234-567-890)"""
    @property
    def format_national(self) -> Optional[str]:
        """Phone number in national format (e.g., (234) 567-890)"""
    @property
    def format_rfc(self) -> Optional[str]:
        """Phone number in RFC 3966 format (e.g., tel:+1-234-567-890)"""
    @property
    def is_inherited(self) -> Optional[bool]:
        """Always false."""
    @property
    def opt_out(self) -> Optional[bool]:
        """Whether the contact has opted out of messaging."""
    @property
    def phone_number(self) -> Optional[str]:
        """Phone number in original format"""
    @property
    def region_code(self) -> Optional[str]:
        """ISO 3166-1 alpha-2 country code (e.g., US, CA, GB)"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When the contact was last updated"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        available_channels: Optional[str] = ...,
        country_code: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        customer_id: Optional[str] = ...,
        default_channel: Optional[str] = ...,
        format_e164: Optional[str] = ...,
        format_international: Optional[str] = ...,
        format_national: Optional[str] = ...,
        format_rfc: Optional[str] = ...,
        is_inherited: Optional[bool] = ...,
        opt_out: Optional[bool] = ...,
        phone_number: Optional[str] = ...,
        region_code: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class ContactCreateRequest(Model):
    """Body of contacts.create"""
    @property
    def phone_number(self) -> Optional[str]:
        """Phone number of the contact to create"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, phone_number: Optional[str] = ..., sandbox: Optional[bool] = ...) -> None: ...

class ContactEventPayload(Model):
    """Body of a contact.opt_in, contact.opt_out, contact.help or contact.custom_keyword event."""
    @property
    def opt_out(self) -> Optional[bool]:
        """Whether the contact is opted out after this signal: the state to record."""
    @property
    def source(self) -> Optional[str]:
        """INBOUND_KEYWORD (the contact sent a keyword) or PROVIDER_SIGNAL (the network reported it)."""
    @property
    def contact_id(self) -> Optional[str]:
        """The contact who raised the signal."""
    @property
    def account_id(self) -> Optional[str]:
        """The account the contact belongs to."""
    @property
    def agent_id(self) -> Optional[str]:
        """The RCS agent the signal reached; absent on other channels."""
    @property
    def channel(self) -> Optional[str]:
        """The channel the signal arrived on."""
    @property
    def from_(self) -> Optional[str]:
        """The contact's number, E.164."""
    @property
    def message_id(self) -> Optional[str]:
        """The inbound message that carried the signal, or null."""
    @property
    def template_id(self) -> Optional[str]:
        """The auto-reply template whose keyword matched, or null."""
    @property
    def text(self) -> Optional[str]:
        """The text the contact sent (STOP, HELP, ...), or null."""
    @property
    def to(self) -> Optional[str]:
        """Your number that received the signal (not the contact's), or null."""
    def __init__(
        self,
        *,
        opt_out: Optional[bool] = ...,
        source: Optional[str] = ...,
        contact_id: Optional[str] = ...,
        account_id: Optional[str] = ...,
        agent_id: Optional[str] = ...,
        channel: Optional[str] = ...,
        from_: Optional[str] = ...,
        message_id: Optional[str] = ...,
        template_id: Optional[str] = ...,
        text: Optional[str] = ...,
        to: Optional[str] = ...,
    ) -> None: ...

class ContactMessageSummary(Model):
    """What you exchanged with one contact: message counts, time bounds, channels and success scores"""
    @property
    def channel_scores(self) -> Optional[List[ChannelScore]]:
        """Success and failure scores per channel"""
    @property
    def channels_used(self) -> Optional[List[str]]:
        """Channels used"""
    @property
    def contact_id(self) -> Optional[str]:
        """Identifier of the contact"""
    @property
    def first_message_at(self) -> Optional[datetime]:
        """When the first message was exchanged"""
    @property
    def last_message_at(self) -> Optional[datetime]:
        """When the last message was exchanged"""
    @property
    def message_count(self) -> Optional[int]:
        """Number of messages"""
    def __init__(
        self,
        *,
        channel_scores: Optional[List[ChannelScore]] = ...,
        channels_used: Optional[List[str]] = ...,
        contact_id: Optional[str] = ...,
        first_message_at: Optional[datetime] = ...,
        last_message_at: Optional[datetime] = ...,
        message_count: Optional[int] = ...,
    ) -> None: ...

class ContactPage(Model):
    """One page of contacts"""
    @property
    def contacts(self) -> Optional[List[Contact]]:
        """The contacts on this page"""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Where this page is in the list"""
    def __init__(
        self,
        *,
        contacts: Optional[List[Contact]] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class ContactUpdateRequest(Model):
    """Body of contacts.update"""
    @property
    def default_channel(self) -> Optional[str]:
        """Default messaging channel: "sms" or "whatsapp\""""
    @property
    def opt_out(self) -> Optional[bool]:
        """Whether the contact has opted out of messaging."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(
        self,
        *,
        default_channel: Optional[str] = ...,
        opt_out: Optional[bool] = ...,
        sandbox: Optional[bool] = ...,
    ) -> None: ...

class Cursors(Model):
    """Cursors for cursor-based pagination (not in use: pages are numbered)"""
    @property
    def after(self) -> Optional[str]:
        """Cursor to fetch the next page."""
    @property
    def before(self) -> Optional[str]:
        """Cursor to fetch the previous page."""
    def __init__(self, *, after: Optional[str] = ..., before: Optional[str] = ...) -> None: ...

class DestinationCountry(Model):
    """A country the brand sends to"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier"""
    @property
    def is_main(self) -> Optional[bool]:
        """Whether this is the main destination country"""
    def __init__(self, *, id: Optional[str] = ..., is_main: Optional[bool] = ...) -> None: ...

class DestinationCountryInput(Model):
    """A country the brand sends to"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier"""
    @property
    def is_main(self) -> Optional[bool]:
        """Whether this is the main destination country"""
    def __init__(self, *, id: Optional[str] = ..., is_main: Optional[bool] = ...) -> None: ...

class InboundMessageEventPayload(Model):
    """Body of a message.received event: a contact messaged one of your numbers."""
    @property
    def inbound_number(self) -> Optional[str]:
        """The contact's number (the sender), E.164."""
    @property
    def received_at(self) -> Optional[str]:
        """When the message was received."""
    @property
    def message_id(self) -> Optional[str]:
        """The inbound message."""
    @property
    def account_id(self) -> Optional[str]:
        """The account the message belongs to."""
    @property
    def channel(self) -> Optional[str]:
        """The channel it arrived on, such as sms or mms."""
    @property
    def media(self) -> Optional[List[InboundMessageMedia]]:
        """Attachments, on channels that carry them (mms); absent otherwise."""
    @property
    def outbound_number(self) -> Optional[str]:
        """Your number the message was addressed to, E.164."""
    @property
    def referral(self) -> Optional[Dict[str, Any]]:
        """WhatsApp only: the Click to WhatsApp ad the contact came from, as Meta sends it."""
    @property
    def text(self) -> Optional[str]:
        """The message text, or null for a media-only message."""
    @property
    def updated_at(self) -> Optional[str]:
        """Same as received_at."""
    def __init__(
        self,
        *,
        inbound_number: Optional[str] = ...,
        received_at: Optional[str] = ...,
        message_id: Optional[str] = ...,
        account_id: Optional[str] = ...,
        channel: Optional[str] = ...,
        media: Optional[List[InboundMessageMedia]] = ...,
        outbound_number: Optional[str] = ...,
        referral: Optional[Dict[str, Any]] = ...,
        text: Optional[str] = ...,
        updated_at: Optional[str] = ...,
    ) -> None: ...

class InboundMessageMedia(Model):
    """One attachment of an inbound message, hosted by the carrier (the link expires: copy the file on receipt)."""
    @property
    def url(self) -> Optional[str]:
        """Where the carrier hosts the file; unauthenticated and short-lived."""
    @property
    def mime_type(self) -> Optional[str]:
        """Content type as the carrier reported it."""
    @property
    def size_bytes(self) -> Optional[int]:
        """Size as the carrier declared it."""
    @property
    def hash_sha256(self) -> Optional[str]:
        """SHA-256 the carrier declared, to check the download against."""
    def __init__(
        self,
        *,
        url: Optional[str] = ...,
        mime_type: Optional[str] = ...,
        size_bytes: Optional[int] = ...,
        hash_sha256: Optional[str] = ...,
    ) -> None: ...

class LocationInput(Model):
    """The map pin a location header drops.

    Meta wants none of this at creation — the component is just
    {"type":"header","format":"location"} — so these values exist for Sent: a preview, and the
    default a StaticResource header falls back to at send.
    """
    @property
    def address(self) -> Optional[str]:
        """Postal address"""
    @property
    def latitude(self) -> Optional[str]:
        """..."""
    @property
    def longitude(self) -> Optional[str]:
        """..."""
    @property
    def name(self) -> Optional[str]:
        """Name"""
    def __init__(
        self,
        *,
        address: Optional[str] = ...,
        latitude: Optional[str] = ...,
        longitude: Optional[str] = ...,
        name: Optional[str] = ...,
    ) -> None: ...

class Message(Model):
    """A message, inbound or outbound: its recipient, channel, body, price and status history"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier"""
    @property
    def active_contact_price(self) -> Optional[float]:
        """Price of the active contact"""
    @property
    def channel(self) -> Optional[str]:
        """Channel (sms, whatsapp, rcs, mms)"""
    @property
    def contact_id(self) -> Optional[str]:
        """Identifier of the contact"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When it was created"""
    @property
    def customer_id(self) -> Optional[str]:
        """Identifier of the customer (account) that owns it"""
    @property
    def direction(self) -> Optional[str]:
        """inbound or outbound"""
    @property
    def events(self) -> Optional[List[MessageEvent]]:
        """Status changes, oldest first"""
    @property
    def message_body(self) -> Optional[MessageBody]:
        """The body as sent, with its channel-specific parts (header, header media, text, footer, buttons, MMS subject and media)."""
    @property
    def phone(self) -> Optional[str]:
        """Phone number"""
    @property
    def phone_international(self) -> Optional[str]:
        """Phone number in international format"""
    @property
    def price(self) -> Optional[float]:
        """Price charged"""
    @property
    def reason(self) -> Optional[str]:
        """A human-readable sentence for reason_code, for example "Insufficient balance"."""
    @property
    def reason_code(self) -> Optional[str]:
        """Why the message is at its current status, as a stable platform code such as DELIVERY_007, BUSINESS_003 or DELIVERY_003. Present when the current status is FAILED, FILTERED or BLOCKED and the lifecycle was loaded; omitted otherwise."""
    @property
    def region_code(self) -> Optional[str]:
        """ISO 3166-1 alpha-2 region of the phone number"""
    @property
    def status(self) -> Optional[str]:
        """Current status"""
    @property
    def template_category(self) -> Optional[str]:
        """Category of the template"""
    @property
    def template_id(self) -> Optional[str]:
        """Identifier of the template"""
    @property
    def template_name(self) -> Optional[str]:
        """Name of the template"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        active_contact_price: Optional[float] = ...,
        channel: Optional[str] = ...,
        contact_id: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        customer_id: Optional[str] = ...,
        direction: Optional[str] = ...,
        events: Optional[List[MessageEvent]] = ...,
        message_body: Optional[MessageBody] = ...,
        phone: Optional[str] = ...,
        phone_international: Optional[str] = ...,
        price: Optional[float] = ...,
        reason: Optional[str] = ...,
        reason_code: Optional[str] = ...,
        region_code: Optional[str] = ...,
        status: Optional[str] = ...,
        template_category: Optional[str] = ...,
        template_id: Optional[str] = ...,
        template_name: Optional[str] = ...,
    ) -> None: ...

class MessageActivities(Model):
    """The activity log of a message"""
    @property
    def activities(self) -> Optional[List[MessageActivity]]:
        """List of activity events ordered by most recent first"""
    @property
    def message_id(self) -> Optional[str]:
        """The message ID these activities belong to"""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Pagination metadata for list responses"""
    def __init__(
        self,
        *,
        activities: Optional[List[MessageActivity]] = ...,
        message_id: Optional[str] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class MessageActivity(Model):
    """One activity of a message (a status change and its details)"""
    @property
    def active_contact_price(self) -> Optional[str]:
        """Active contact markup applied on top of the channel cost, formatted to 4 decimal places."""
    @property
    def description(self) -> Optional[str]:
        """Human-readable description of the activity"""
    @property
    def from_(self) -> Optional[str]:
        """Sender phone number for this activity (the customer's sending number for outbound, the external sender for inbound). Null when not reported by the provider."""
    @property
    def price(self) -> Optional[str]:
        """Channel cost for this activity (e.g., SMS/WhatsApp provider cost), formatted to 4 decimal places."""
    @property
    def reason(self) -> Optional[str]:
        """A human-readable sentence for reason_code, for example "The recipient is not registered on this channel" Omitted whenever reason_code is."""
    @property
    def reason_code(self) -> Optional[str]:
        """Why the message reached this status, as a stable platform code such as DELIVERY_007 or BUSINESS_003. Present on FAILED, FILTERED and BLOCKED activities; omitted on every status that needs no explanation."""
    @property
    def scheduled_at(self) -> Optional[datetime]:
        """SCHEDULED and CANCELLED activities only, in UTC: on a SCHEDULED entry, when the held message will be released for delivery; on a CANCELLED entry, the instant that was called off. Same wire name as on the send response, the message and the webhook. Omitted on every other activity."""
    @property
    def status(self) -> Optional[str]:
        """Activity status."""
    @property
    def timestamp(self) -> Optional[datetime]:
        """When this activity occurred"""
    def __init__(
        self,
        *,
        active_contact_price: Optional[str] = ...,
        description: Optional[str] = ...,
        from_: Optional[str] = ...,
        price: Optional[str] = ...,
        reason: Optional[str] = ...,
        reason_code: Optional[str] = ...,
        scheduled_at: Optional[datetime] = ...,
        status: Optional[str] = ...,
        timestamp: Optional[datetime] = ...,
    ) -> None: ...

class MessageBody(Model):
    """A message's body as sent: header, text, footer, buttons and media"""
    @property
    def buttons(self) -> Optional[List[MessageBodyButton]]:
        """Interactive buttons"""
    @property
    def content(self) -> Optional[str]:
        """Text content"""
    @property
    def footer(self) -> Optional[str]:
        """Footer text"""
    @property
    def header(self) -> Optional[str]:
        """Header text"""
    @property
    def header_media(self) -> Optional[MessageBodyHeaderMedia]:
        """The media asset that rode a message's header, recorded as sent."""
    @property
    def media(self) -> Optional[List[MessageBodyMedia]]:
        """MMS attachments, as the publicly fetchable URLs handed to the carrier."""
    @property
    def subject(self) -> Optional[str]:
        """MMS subject line. Null on every other channel."""
    def __init__(
        self,
        *,
        buttons: Optional[List[MessageBodyButton]] = ...,
        content: Optional[str] = ...,
        footer: Optional[str] = ...,
        header: Optional[str] = ...,
        header_media: Optional[MessageBodyHeaderMedia] = ...,
        media: Optional[List[MessageBodyMedia]] = ...,
        subject: Optional[str] = ...,
    ) -> None: ...

class MessageBodyButton(Model):
    """A button of a message body"""
    @property
    def postback_data(self) -> Optional[str]:
        """..."""
    @property
    def text(self) -> Optional[str]:
        """Text"""
    @property
    def type(self) -> Optional[str]:
        """Type"""
    @property
    def value(self) -> Optional[str]:
        """Value"""
    def __init__(
        self,
        *,
        postback_data: Optional[str] = ...,
        text: Optional[str] = ...,
        type: Optional[str] = ...,
        value: Optional[str] = ...,
    ) -> None: ...

class MessageBodyHeaderMedia(Model):
    """The media asset that rode a message's header, recorded as sent."""
    @property
    def type(self) -> Optional[str]:
        """"image", "video" or "document" — taken from the header's media variable."""
    @property
    def url(self) -> Optional[str]:
        """The https URL the caller supplied for this send."""
    def __init__(self, *, type: Optional[str] = ..., url: Optional[str] = ...) -> None: ...

class MessageBodyMedia(Model):
    """One attachment on a message, in either direction — and in both, a URL somebody else hosts.

    Outbound: the customer supplied a public URL and we handed it to the carrier. Inbound: the
    carrier hosts the file and we record where. sent.dm never holds the bytes, so there is no key,
    no expiry bookkeeping and nothing minted per read — what is stored is what is served.

    An inbound link expires on the carrier's own schedule and is unauthenticated. That is the
    customer's to manage, and it is documented where they will see it rather than only here — a
    recipient who needs an attachment to outlive that window copies it on receipt.
    """
    @property
    def media_type(self) -> Optional[str]:
        """One of MmsMediaTypes when the content type is known."""
    @property
    def mime_type(self) -> Optional[str]:
        """Content type as the provider declared it. Null when it declared none."""
    @property
    def size_bytes(self) -> Optional[int]:
        """Size as the provider declared it."""
    @property
    def source_hash_sha256(self) -> Optional[str]:
        """Inbound only: the SHA-256 the provider declared alongside the attachment, when it declared one. Relayed to the customer so they can verify what they fetch matches what the carrier said it sent. It is the only integrity signal available on an attachment nobody here has read."""
    @property
    def url(self) -> Optional[str]:
        """Where the file lives."""
    def __init__(
        self,
        *,
        media_type: Optional[str] = ...,
        mime_type: Optional[str] = ...,
        size_bytes: Optional[int] = ...,
        source_hash_sha256: Optional[str] = ...,
        url: Optional[str] = ...,
    ) -> None: ...

class MessageEvent(Model):
    """Represents a status change event in a message's lifecycle (v3)"""
    @property
    def status(self) -> Optional[str]:
        """Current status"""
    @property
    def timestamp(self) -> Optional[datetime]:
        """When it happened"""
    @property
    def description(self) -> Optional[str]:
        """..."""
    @property
    def reason(self) -> Optional[str]:
        """A human-readable sentence for reason_code. Omitted whenever reason_code is."""
    @property
    def reason_code(self) -> Optional[str]:
        """Why the message reached this status, as a stable platform code such as DELIVERY_007. Present on FAILED, FILTERED and BLOCKED events; omitted on every status that needs no explanation. Same wire name and vocabulary as on the activities list and the webhook."""
    def __init__(
        self,
        *,
        status: Optional[str] = ...,
        timestamp: Optional[datetime] = ...,
        description: Optional[str] = ...,
        reason: Optional[str] = ...,
        reason_code: Optional[str] = ...,
    ) -> None: ...

class MessageEventPayload(Model):
    """Body of an outbound message lifecycle event, sent once per status change."""
    @property
    def message_status(self) -> Optional[str]:
        """The status the message just reached, such as SENT, DELIVERED, READ or FAILED."""
    @property
    def message_id(self) -> Optional[str]:
        """The message; the same on every event of its lifecycle."""
    @property
    def account_id(self) -> Optional[str]:
        """The account the message belongs to."""
    @property
    def agent_id(self) -> Optional[str]:
        """The agent the send was attributed to, if any."""
    @property
    def body(self) -> Optional[str]:
        """The rendered message text, or null when the event asserts none."""
    @property
    def channel(self) -> Optional[str]:
        """The channel actually used (sms, whatsapp, rcs), after any fallback."""
    @property
    def outbound_number(self) -> Optional[str]:
        """The recipient's number, E.164."""
    @property
    def reason(self) -> Optional[str]:
        """A sentence explaining reason_code; omitted with it."""
    @property
    def reason_code(self) -> Optional[str]:
        """A stable code saying why (DELIVERY_007, BUSINESS_003): on failed, filtered and blocked events."""
    @property
    def schedule_reason(self) -> Optional[str]:
        """message.scheduled only: why the message is held."""
    @property
    def scheduled_at(self) -> Optional[str]:
        """message.scheduled and message.cancelled only: when the held message is (or was) to be released."""
    @property
    def template_id(self) -> Optional[str]:
        """The template the message was sent from, if any."""
    @property
    def template_name(self) -> Optional[str]:
        """That template's name."""
    @property
    def updated_at(self) -> Optional[str]:
        """When the message reached message_status (UTC, yyyy-MM-ddTHH:mm:ssZ)."""
    def __init__(
        self,
        *,
        message_status: Optional[str] = ...,
        message_id: Optional[str] = ...,
        account_id: Optional[str] = ...,
        agent_id: Optional[str] = ...,
        body: Optional[str] = ...,
        channel: Optional[str] = ...,
        outbound_number: Optional[str] = ...,
        reason: Optional[str] = ...,
        reason_code: Optional[str] = ...,
        schedule_reason: Optional[str] = ...,
        scheduled_at: Optional[str] = ...,
        template_id: Optional[str] = ...,
        template_name: Optional[str] = ...,
        updated_at: Optional[str] = ...,
    ) -> None: ...

class MessagePage(Model):
    """One page of messages"""
    @property
    def messages(self) -> Optional[List[Message]]:
        """The messages on this page"""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Where this page is in the list"""
    def __init__(
        self,
        *,
        messages: Optional[List[Message]] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class MessageSendRecipient(Model):
    """What one recipient of a send got, as the API reports it."""
    @property
    def body(self) -> Optional[str]:
        """Resolved template body for this recipient's channel, or null when the channel is auto-detected."""
    @property
    def channel(self) -> Optional[str]:
        """Channel this message will be sent on — sms, whatsapp — or null to auto-detect."""
    @property
    def message_id(self) -> Optional[str]:
        """Identifier for tracking this recipient's message."""
    @property
    def to(self) -> Optional[str]:
        """Phone number in E.164 format."""
    def __init__(
        self,
        *,
        body: Optional[str] = ...,
        channel: Optional[str] = ...,
        message_id: Optional[str] = ...,
        to: Optional[str] = ...,
    ) -> None: ...

class MessageSendRequest(Model):
    """Body of messages.send"""
    @property
    def channel(self) -> Optional[List[str]]:
        """Channels to broadcast on, e.g. ["whatsapp", "sms"]: one message per recipient and channel; "sent" (the default) picks the channel per recipient"""
    @property
    def channels(self) -> Optional[Dict[str, Any]]:
        """Which of your own numbers to send from, keyed by channel, each channel holding a list of entries: {"sms": [{"country": "US", "from": ["+12125550000", "+14155550000"]}, {"from": ["+447700800001"]}]}."""
    @property
    def media_urls(self) -> Optional[List[str]]:
        """Attachments for this send, as publicly fetchable https URLs."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def scheduled_at(self) -> Optional[datetime]:
        """Optional future send time as an ISO-8601 timestamp with an explicit UTC offset, e.g. 2026-10-01T09:00:00+02:00 or 2026-10-01T07:00:00Z. A value without an offset is rejected (400) rather than read in the server's zone."""
    @property
    def subject(self) -> Optional[str]:
        """Subject line for this send, overriding the template's."""
    @property
    def template(self) -> Optional[MessageTemplateInput]:
        """SDK-style template reference: resolve by ID or by name, with optional parameters."""
    @property
    def text(self) -> Optional[str]:
        """Plain-text (free-form) message body. Provide either Template or this."""
    @property
    def to(self) -> Optional[List[str]]:
        """List of recipient phone numbers in E.164 format (multi-recipient fan-out)"""
    def __init__(
        self,
        *,
        channel: Optional[List[str]] = ...,
        channels: Optional[Dict[str, Any]] = ...,
        media_urls: Optional[List[str]] = ...,
        sandbox: Optional[bool] = ...,
        scheduled_at: Optional[datetime] = ...,
        subject: Optional[str] = ...,
        template: Optional[MessageTemplateInput] = ...,
        text: Optional[str] = ...,
        to: Optional[List[str]] = ...,
    ) -> None: ...

class MessageSendResult(Model):
    """The result of a multi-recipient send.

    Declared here rather than in the service layer. POST /v3/messages used to publish
    MessageSendResult — a type in Common.Services.Messaging.Contracts — so the public contract was
    whatever the send service happened to return, and changing that service for an internal reason
    changed the API. The service keeps its result; this is what a caller sees, and the mapping
    between them is a decision the endpoint makes.

    The shape of an immediate send: it never has a scheduled_at key. A send that carried
    scheduled_at is a ScheduledSendMessageResponse, and the endpoint decides which of the two to
    answer with. From always returns this type.
    """
    @property
    def recipients(self) -> Optional[List[MessageSendRecipient]]:
        """One entry per recipient and channel, in the order of the request's to"""
    @property
    def status(self) -> Optional[str]:
        """QUEUED: the batch is accepted."""
    @property
    def template_id(self) -> Optional[str]:
        """Identifier of the template"""
    @property
    def template_name(self) -> Optional[str]:
        """Name of the template"""
    def __init__(
        self,
        *,
        recipients: Optional[List[MessageSendRecipient]] = ...,
        status: Optional[str] = ...,
        template_id: Optional[str] = ...,
        template_name: Optional[str] = ...,
    ) -> None: ...

class MessageTemplateInput(Model):
    """SDK-style template reference: resolve by ID or by name, with optional parameters."""
    @property
    def id(self) -> Optional[str]:
        """Template ID (mutually exclusive with name)"""
    @property
    def name(self) -> Optional[str]:
        """Template name (mutually exclusive with id)"""
    @property
    def parameters(self) -> Optional[Dict[str, Any]]:
        """Template variable parameters for personalization, keyed by variable name."""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        name: Optional[str] = ...,
        parameters: Optional[Dict[str, Any]] = ...,
    ) -> None: ...

class MmsInput(Model):
    """MMS-specific content — subject, text and attachments.

    Like Rcs, an override that cannot stand on its own: a template still needs a MultiChannel body
    or the Sms + Whatsapp pair to be deliverable at all. Without this slot MMS renders the shared or
    SMS body, so it is only needed for MMS-specific copy, a subject or attachments. When present it
    replaces that body on MMS rather than adding to it.
    """
    @property
    def template(self) -> Optional[str]:
        """..."""
    @property
    def type(self) -> Optional[str]:
        """Type"""
    @property
    def variables(self) -> Optional[List[TemplateVariableInput]]:
        """Variables the text uses"""
    @property
    def media(self) -> Optional[List[MmsMediaInput]]:
        """Attachments carried by every send on this template, in order."""
    @property
    def subject(self) -> Optional[str]:
        """MMS subject line."""
    def __init__(
        self,
        *,
        template: Optional[str] = ...,
        type: Optional[str] = ...,
        variables: Optional[List[TemplateVariableInput]] = ...,
        media: Optional[List[MmsMediaInput]] = ...,
        subject: Optional[str] = ...,
    ) -> None: ...

class MmsMediaInput(Model):
    """One attachment on an MMS template body."""
    @property
    def media_type(self) -> Optional[str]:
        """One of MmsMediaTypes."""
    @property
    def url(self) -> Optional[str]:
        """Publicly fetchable https URL."""
    def __init__(self, *, media_type: Optional[str] = ..., url: Optional[str] = ...) -> None: ...

class NumberLookup(Model):
    """What a phone number is: carrier, line type, porting and VoIP"""
    @property
    def carrier_name(self) -> Optional[str]:
        """Name of the carrier"""
    @property
    def country_code(self) -> Optional[str]:
        """Country calling code"""
    @property
    def is_ported(self) -> Optional[bool]:
        """Whether the number was ported"""
    @property
    def is_valid(self) -> Optional[bool]:
        """Whether the number is valid"""
    @property
    def is_voip(self) -> Optional[bool]:
        """Whether the number is VoIP"""
    @property
    def line_type(self) -> Optional[str]:
        """Line type (mobile, landline, voip, ...)"""
    @property
    def mobile_country_code(self) -> Optional[str]:
        """Mobile country code (MCC)"""
    @property
    def mobile_network_code(self) -> Optional[str]:
        """Mobile network code (MNC)"""
    @property
    def phone_number(self) -> Optional[str]:
        """Phone number in E.164 format"""
    def __init__(
        self,
        *,
        carrier_name: Optional[str] = ...,
        country_code: Optional[str] = ...,
        is_ported: Optional[bool] = ...,
        is_valid: Optional[bool] = ...,
        is_voip: Optional[bool] = ...,
        line_type: Optional[str] = ...,
        mobile_country_code: Optional[str] = ...,
        mobile_network_code: Optional[str] = ...,
        phone_number: Optional[str] = ...,
    ) -> None: ...

class PaginationMeta(Model):
    """Pagination metadata for list responses"""
    @property
    def cursors(self) -> Optional[Cursors]:
        """Cursor-based pagination. Never populated — see Cursors."""
    @property
    def has_more(self) -> Optional[bool]:
        """Whether there are more pages after this one"""
    @property
    def page(self) -> Optional[int]:
        """Current page number (1-indexed)"""
    @property
    def page_size(self) -> Optional[int]:
        """Number of items per page"""
    @property
    def total_count(self) -> Optional[int]:
        """Total number of items across all pages"""
    @property
    def total_pages(self) -> Optional[int]:
        """Total number of pages"""
    def __init__(
        self,
        *,
        cursors: Optional[Cursors] = ...,
        has_more: Optional[bool] = ...,
        page: Optional[int] = ...,
        page_size: Optional[int] = ...,
        total_count: Optional[int] = ...,
        total_pages: Optional[int] = ...,
    ) -> None: ...

class ParticipantAddRequest(Model):
    """Body of voice.calls.participants.add"""
    @property
    def caller_id(self) -> Optional[str]:
        """The number shown to a phone participant as the caller, in E.164 format."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def to(self) -> Optional[CallParticipantTargetInput]:
        """A participant to add to a call"""
    def __init__(
        self,
        *,
        caller_id: Optional[str] = ...,
        sandbox: Optional[bool] = ...,
        to: Optional[CallParticipantTargetInput] = ...,
    ) -> None: ...

class ParticipantUpdateRequest(Model):
    """Body of voice.calls.participants.update"""
    @property
    def muted(self) -> Optional[bool]:
        """true to mute the participant, false to unmute them"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, muted: Optional[bool] = ..., sandbox: Optional[bool] = ...) -> None: ...

class PaymentDetailsInput(Model):
    """Payment card of a profile (forwarded to the payment processor, never stored)"""
    @property
    def card_number(self) -> Optional[str]:
        """Card number (digits only, 13–19 characters)"""
    @property
    def cvc(self) -> Optional[str]:
        """Card security code (3–4 digits)"""
    @property
    def expiry(self) -> Optional[str]:
        """Card expiry date in MM/YY format (e.g. "09/27")"""
    @property
    def zip_code(self) -> Optional[str]:
        """Billing ZIP / postal code associated with the card"""
    def __init__(
        self,
        *,
        card_number: Optional[str] = ...,
        cvc: Optional[str] = ...,
        expiry: Optional[str] = ...,
        zip_code: Optional[str] = ...,
    ) -> None: ...

class ProfileCompleteRequest(Model):
    """Body of profiles.complete"""
    @property
    def web_hook_url(self) -> Optional[str]:
        """Webhook URL to call when profile completion finishes (success or failure)"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, web_hook_url: Optional[str] = ..., sandbox: Optional[bool] = ...) -> None: ...

class ProfileCompleteResult(Model):
    """The outcome of completing a profile"""
    @property
    def message(self) -> Optional[str]:
        """Human-readable message describing the result."""
    @property
    def status(self) -> Optional[str]:
        """Current process status of the profile (e.g., "completed", "submitted", "in_progress")."""
    def __init__(self, *, message: Optional[str] = ..., status: Optional[str] = ...) -> None: ...

class ProfileCreateRequest(Model):
    """Body of profiles.create"""
    @property
    def allow_contact_sharing(self) -> Optional[bool]:
        """Deprecated."""
    @property
    def allow_template_sharing(self) -> Optional[bool]:
        """Whether the profile's templates may be shared"""
    @property
    def billing_contact(self) -> Optional[BillingContactInput]:
        """Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization"."""
    @property
    def billing_model(self) -> Optional[str]:
        """Billing model: profile, organization, or profile_and_organization (default: profile)."""
    @property
    def brand(self) -> Optional[BrandInput]:
        """Brand and KYC data grouped into contact, business, and compliance sections"""
    @property
    def description(self) -> Optional[str]:
        """Profile description (optional)"""
    @property
    def icon(self) -> Optional[str]:
        """Profile icon URL (optional)"""
    @property
    def inherit_contacts(self) -> Optional[bool]:
        """Whether the profile uses the organization's contacts"""
    @property
    def inherit_tcr_brand(self) -> Optional[bool]:
        """Whether this profile inherits TCR brand from organization (default: false)"""
    @property
    def inherit_tcr_campaign(self) -> Optional[bool]:
        """Whether this profile inherits TCR campaign from organization (default: false)"""
    @property
    def inherit_templates(self) -> Optional[bool]:
        """Whether the profile uses the organization's templates"""
    @property
    def name(self) -> Optional[str]:
        """Profile name (required)"""
    @property
    def payment_details(self) -> Optional[PaymentDetailsInput]:
        """Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def short_name(self) -> Optional[str]:
        """Profile short name/abbreviation (optional)."""
    @property
    def whatsapp_business_account(self) -> Optional[WhatsappBusinessAccountInput]:
        """Direct WhatsApp Business Account credentials for a profile. Use this when the profile should have its own WhatsApp Business Account instead of inheriting from the organization."""
    def __init__(
        self,
        *,
        allow_contact_sharing: Optional[bool] = ...,
        allow_template_sharing: Optional[bool] = ...,
        billing_contact: Optional[BillingContactInput] = ...,
        billing_model: Optional[str] = ...,
        brand: Optional[BrandInput] = ...,
        description: Optional[str] = ...,
        icon: Optional[str] = ...,
        inherit_contacts: Optional[bool] = ...,
        inherit_tcr_brand: Optional[bool] = ...,
        inherit_tcr_campaign: Optional[bool] = ...,
        inherit_templates: Optional[bool] = ...,
        name: Optional[str] = ...,
        payment_details: Optional[PaymentDetailsInput] = ...,
        sandbox: Optional[bool] = ...,
        short_name: Optional[str] = ...,
        whatsapp_business_account: Optional[WhatsappBusinessAccountInput] = ...,
    ) -> None: ...

class ProfileDetail(Model):
    """A sender profile: its settings, brand, numbers and status"""
    @property
    def id(self) -> Optional[str]:
        """Profile unique identifier"""
    @property
    def allow_contact_sharing(self) -> Optional[bool]:
        """Always false."""
    @property
    def allow_number_change_during_onboarding(self) -> Optional[bool]:
        """Whether number changes are allowed during onboarding"""
    @property
    def allow_template_sharing(self) -> Optional[bool]:
        """Always false."""
    @property
    def billing_contact(self) -> Optional[BillingContact]:
        """Billing contact info returned in profile responses"""
    @property
    def billing_model(self) -> Optional[str]:
        """Billing model: profile, organization, or profile_and_organization"""
    @property
    def brand(self) -> Optional[Brand]:
        """Brand response with nested contact, business, and compliance sections — mirrors the request structure."""
    @property
    def created_at(self) -> Optional[datetime]:
        """When the profile was created"""
    @property
    def description(self) -> Optional[str]:
        """Profile description"""
    @property
    def email(self) -> Optional[str]:
        """Profile email (inherited from organization)"""
    @property
    def icon(self) -> Optional[str]:
        """Profile icon URL"""
    @property
    def inherit_contacts(self) -> Optional[bool]:
        """Always false."""
    @property
    def inherit_tcr_brand(self) -> Optional[bool]:
        """Whether this profile inherits TCR brand from the organization"""
    @property
    def inherit_tcr_campaign(self) -> Optional[bool]:
        """Whether this profile inherits TCR campaign from the organization"""
    @property
    def inherit_templates(self) -> Optional[bool]:
        """Always false."""
    @property
    def name(self) -> Optional[str]:
        """Profile name"""
    @property
    def organization_id(self) -> Optional[str]:
        """Parent organization ID"""
    @property
    def sending_phone_number(self) -> Optional[str]:
        """Direct SMS phone number"""
    @property
    def sending_phone_number_profile_id(self) -> Optional[str]:
        """Deprecated."""
    @property
    def sending_whatsapp_number_profile_id(self) -> Optional[str]:
        """Profile whose WhatsApp number this profile sends from"""
    @property
    def short_name(self) -> Optional[str]:
        """Profile short name/abbreviation."""
    @property
    def status(self) -> Optional[str]:
        """Profile setup status: incomplete, pending_review, approved, rejected"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When the profile was last updated"""
    @property
    def waba_id(self) -> Optional[str]:
        """WhatsApp Business Account ID associated with this profile. Present whether the WABA is inherited from the organization or configured directly."""
    @property
    def whatsapp_phone_number(self) -> Optional[str]:
        """Direct WhatsApp phone number"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        allow_contact_sharing: Optional[bool] = ...,
        allow_number_change_during_onboarding: Optional[bool] = ...,
        allow_template_sharing: Optional[bool] = ...,
        billing_contact: Optional[BillingContact] = ...,
        billing_model: Optional[str] = ...,
        brand: Optional[Brand] = ...,
        created_at: Optional[datetime] = ...,
        description: Optional[str] = ...,
        email: Optional[str] = ...,
        icon: Optional[str] = ...,
        inherit_contacts: Optional[bool] = ...,
        inherit_tcr_brand: Optional[bool] = ...,
        inherit_tcr_campaign: Optional[bool] = ...,
        inherit_templates: Optional[bool] = ...,
        name: Optional[str] = ...,
        organization_id: Optional[str] = ...,
        sending_phone_number: Optional[str] = ...,
        sending_phone_number_profile_id: Optional[str] = ...,
        sending_whatsapp_number_profile_id: Optional[str] = ...,
        short_name: Optional[str] = ...,
        status: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
        waba_id: Optional[str] = ...,
        whatsapp_phone_number: Optional[str] = ...,
    ) -> None: ...

class ProfileList(Model):
    """The profiles in the organization."""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Pagination metadata for list responses"""
    @property
    def profiles(self) -> Optional[List[ProfileDetail]]:
        """The profiles on this page."""
    def __init__(
        self,
        *,
        pagination: Optional[PaginationMeta] = ...,
        profiles: Optional[List[ProfileDetail]] = ...,
    ) -> None: ...

class ProfileSettings(Model):
    """Profile configuration settings"""
    @property
    def allow_contact_sharing(self) -> Optional[bool]:
        """Always false."""
    @property
    def allow_template_sharing(self) -> Optional[bool]:
        """Always false."""
    @property
    def billing_model(self) -> Optional[str]:
        """Billing model: profile, organization, or profile_and_organization"""
    @property
    def inherit_contacts(self) -> Optional[bool]:
        """Always false."""
    @property
    def inherit_tcr_brand(self) -> Optional[bool]:
        """Whether this profile inherits TCR brand from the organization"""
    @property
    def inherit_tcr_campaign(self) -> Optional[bool]:
        """Whether this profile inherits TCR campaign from the organization"""
    @property
    def inherit_templates(self) -> Optional[bool]:
        """Always false."""
    def __init__(
        self,
        *,
        allow_contact_sharing: Optional[bool] = ...,
        allow_template_sharing: Optional[bool] = ...,
        billing_model: Optional[str] = ...,
        inherit_contacts: Optional[bool] = ...,
        inherit_tcr_brand: Optional[bool] = ...,
        inherit_tcr_campaign: Optional[bool] = ...,
        inherit_templates: Optional[bool] = ...,
    ) -> None: ...

class ProfileUpdateRequest(Model):
    """Body of profiles.update"""
    @property
    def allow_contact_sharing(self) -> Optional[bool]:
        """Deprecated."""
    @property
    def allow_number_change_during_onboarding(self) -> Optional[bool]:
        """Whether number changes are allowed during onboarding (optional)"""
    @property
    def allow_template_sharing(self) -> Optional[bool]:
        """Whether the profile's templates may be shared"""
    @property
    def billing_contact(self) -> Optional[BillingContactInput]:
        """Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization"."""
    @property
    def billing_model(self) -> Optional[str]:
        """Billing model: profile, organization, or profile_and_organization (optional)."""
    @property
    def brand(self) -> Optional[BrandInput]:
        """Brand and KYC data grouped into contact, business, and compliance sections"""
    @property
    def description(self) -> Optional[str]:
        """Profile description (optional)"""
    @property
    def icon(self) -> Optional[str]:
        """Profile icon URL (optional)"""
    @property
    def inherit_contacts(self) -> Optional[bool]:
        """Whether the profile uses the organization's contacts"""
    @property
    def inherit_tcr_brand(self) -> Optional[bool]:
        """Whether this profile inherits TCR brand from organization (optional)"""
    @property
    def inherit_tcr_campaign(self) -> Optional[bool]:
        """Whether this profile inherits TCR campaign from organization (optional)"""
    @property
    def inherit_templates(self) -> Optional[bool]:
        """Whether the profile uses the organization's templates"""
    @property
    def name(self) -> Optional[str]:
        """Profile name (optional)"""
    @property
    def payment_details(self) -> Optional[PaymentDetailsInput]:
        """Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def sending_phone_number(self) -> Optional[str]:
        """Direct phone number for SMS sending (optional)"""
    @property
    def sending_phone_number_profile_id(self) -> Optional[str]:
        """Deprecated."""
    @property
    def sending_whatsapp_number_profile_id(self) -> Optional[str]:
        """Profile whose WhatsApp number this profile sends from"""
    @property
    def short_name(self) -> Optional[str]:
        """Profile short name/abbreviation (optional)."""
    @property
    def whatsapp_phone_number(self) -> Optional[str]:
        """Direct phone number for WhatsApp sending (optional)"""
    def __init__(
        self,
        *,
        allow_contact_sharing: Optional[bool] = ...,
        allow_number_change_during_onboarding: Optional[bool] = ...,
        allow_template_sharing: Optional[bool] = ...,
        billing_contact: Optional[BillingContactInput] = ...,
        billing_model: Optional[str] = ...,
        brand: Optional[BrandInput] = ...,
        description: Optional[str] = ...,
        icon: Optional[str] = ...,
        inherit_contacts: Optional[bool] = ...,
        inherit_tcr_brand: Optional[bool] = ...,
        inherit_tcr_campaign: Optional[bool] = ...,
        inherit_templates: Optional[bool] = ...,
        name: Optional[str] = ...,
        payment_details: Optional[PaymentDetailsInput] = ...,
        sandbox: Optional[bool] = ...,
        sending_phone_number: Optional[str] = ...,
        sending_phone_number_profile_id: Optional[str] = ...,
        sending_whatsapp_number_profile_id: Optional[str] = ...,
        short_name: Optional[str] = ...,
        whatsapp_phone_number: Optional[str] = ...,
    ) -> None: ...

class PropsInput(Model):
    """Properties of a template variable or button"""
    @property
    def media_type(self) -> Optional[str]:
        """..."""
    @property
    def sample(self) -> Optional[str]:
        """Example value substituted into the template when previewing it and when submitting it to Meta for review."""
    @property
    def url(self) -> Optional[str]:
        """URL"""
    @property
    def variable_type(self) -> Optional[str]:
        """..."""
    @property
    def alt(self) -> Optional[str]:
        """..."""
    @property
    def regex(self) -> Optional[str]:
        """..."""
    @property
    def short_url(self) -> Optional[str]:
        """..."""
    def __init__(
        self,
        *,
        media_type: Optional[str] = ...,
        sample: Optional[str] = ...,
        url: Optional[str] = ...,
        variable_type: Optional[str] = ...,
        alt: Optional[str] = ...,
        regex: Optional[str] = ...,
        short_url: Optional[str] = ...,
    ) -> None: ...

class SandboxRequest(Model):
    """Body of a mutation that takes nothing but the sandbox flag"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, sandbox: Optional[bool] = ...) -> None: ...

class SenderProfileInput(Model):
    """Request-only: the events an organization webhook's sender profile clones receive, one clone per
    existing and future profile. Responses never return it.
    """
    @property
    def event_filters(self) -> Optional[Dict[str, Any]]:
        """Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}"""
    @property
    def event_types(self) -> Optional[List[str]]:
        """The event types (parents such as message, templates) delivered to it"""
    def __init__(
        self,
        *,
        event_filters: Optional[Dict[str, Any]] = ...,
        event_types: Optional[List[str]] = ...,
    ) -> None: ...

class Template(Model):
    """A message template: its definition, category, language and review status per channel"""
    @property
    def customer_id(self) -> Optional[str]:
        """Which customer owns this — the key's own, or the profile named in x-profile-id."""
    @property
    def id(self) -> Optional[str]:
        """Unique template identifier"""
    @property
    def auto_reply_action(self) -> Optional[str]:
        """Which consent keyword this template answers, when it is one of Sent's auto-replies: OPT_IN, OPT_OUT, HELP, or OTHER for a customer-defined keyword. Null for an ordinary template, and omitted from the response, so its presence is the answer to "is this an auto-reply"."""
    @property
    def category(self) -> Optional[str]:
        """Template category: MARKETING, UTILITY, AUTHENTICATION"""
    @property
    def channels(self) -> Optional[List[str]]:
        """The channels this template's definition can render on, in canonical order: sms, whatsapp, rcs, mms."""
    @property
    def created_at(self) -> Optional[datetime]:
        """When the template was created"""
    @property
    def is_published(self) -> Optional[bool]:
        """Whether the template is published and active"""
    @property
    def language(self) -> Optional[str]:
        """Template language code (e.g., en_US)"""
    @property
    def name(self) -> Optional[str]:
        """Template display name"""
    @property
    def status(self) -> Optional[str]:
        """Template status: DRAFT, PENDING, APPROVED, REJECTED."""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When the template was last updated"""
    @property
    def variables(self) -> Optional[List[str]]:
        """Template variables for personalization"""
    def __init__(
        self,
        *,
        customer_id: Optional[str] = ...,
        id: Optional[str] = ...,
        auto_reply_action: Optional[str] = ...,
        category: Optional[str] = ...,
        channels: Optional[List[str]] = ...,
        created_at: Optional[datetime] = ...,
        is_published: Optional[bool] = ...,
        language: Optional[str] = ...,
        name: Optional[str] = ...,
        status: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
        variables: Optional[List[str]] = ...,
    ) -> None: ...

class TemplateBodyContentInput(Model):
    """The text of one channel's body (or of a footer), with its variables"""
    @property
    def template(self) -> Optional[str]:
        """The body copy, with variables written as {{index:variable}}."""
    @property
    def type(self) -> Optional[str]:
        """The type of body content — send "text"."""
    @property
    def variables(self) -> Optional[List[TemplateVariableInput]]:
        """The variables referenced by the body copy, one entry per {{index:variable}} placeholder."""
    def __init__(
        self,
        *,
        template: Optional[str] = ...,
        type: Optional[str] = ...,
        variables: Optional[List[TemplateVariableInput]] = ...,
    ) -> None: ...

class TemplateBodyInput(Model):
    """Body section of a message template.

    A body picks one of two authoring strategies, and mixing them is refused: a shared
    multiChannel body on its own, or an explicit sms + whatsapp pair, both present.

    multiChannel together with sms or whatsapp is rejected, and so is sms or whatsapp on its own —
    every template is expected to be deliverable on every channel. rcs is the one true override: it
    may accompany either strategy to vary the copy, but cannot stand alone.
    """
    @property
    def mms(self) -> Optional[MmsInput]:
        """MMS-specific content — subject, text and attachments."""
    @property
    def multi_channel(self) -> Optional[TemplateBodyContentInput]:
        """The shared body, used for every channel."""
    @property
    def rcs(self) -> Optional[TemplateBodyContentInput]:
        """RCS-specific copy that overrides the chosen strategy for RCS only."""
    @property
    def sms(self) -> Optional[TemplateBodyContentInput]:
        """The SMS body. It does not override multiChannel, it replaces it."""
    @property
    def whatsapp(self) -> Optional[TemplateBodyContentInput]:
        """The WhatsApp body. It does not override multiChannel, it replaces it."""
    def __init__(
        self,
        *,
        mms: Optional[MmsInput] = ...,
        multi_channel: Optional[TemplateBodyContentInput] = ...,
        rcs: Optional[TemplateBodyContentInput] = ...,
        sms: Optional[TemplateBodyContentInput] = ...,
        whatsapp: Optional[TemplateBodyContentInput] = ...,
    ) -> None: ...

class TemplateButtonInput(Model):
    """Interactive button in a message template"""
    @property
    def props(self) -> Optional[TemplateButtonPropsInput]:
        """Properties specific to the button type"""
    @property
    def type(self) -> Optional[str]:
        """The type of button (e.g., QUICK_REPLY, URL, PHONE_NUMBER, VOICE_CALL, COPY_CODE)"""
    @property
    def id(self) -> Optional[int]:
        """The button's identifier (1-based index), unique within the template."""
    def __init__(
        self,
        *,
        props: Optional[TemplateButtonPropsInput] = ...,
        type: Optional[str] = ...,
        id: Optional[int] = ...,
    ) -> None: ...

class TemplateButtonPropsInput(Model):
    """Properties of a template button"""
    @property
    def active_for(self) -> Optional[int]:
        """..."""
    @property
    def country_code(self) -> Optional[str]:
        """Country calling code"""
    @property
    def offer_code(self) -> Optional[str]:
        """..."""
    @property
    def phone_number(self) -> Optional[str]:
        """Phone number in E.164 format"""
    @property
    def quick_reply_type(self) -> Optional[str]:
        """..."""
    @property
    def text(self) -> Optional[str]:
        """The button's label."""
    @property
    def url(self) -> Optional[str]:
        """URL"""
    @property
    def url_type(self) -> Optional[str]:
        """..."""
    @property
    def variables(self) -> Optional[List[TemplateVariableInput]]:
        """Variables embedded in a dynamic URL button (only when urlType is dynamic); the placeholder must come at the end of the URL."""
    @property
    def autofill_text(self) -> Optional[str]:
        """..."""
    @property
    def otp_type(self) -> Optional[str]:
        """..."""
    @property
    def package_name(self) -> Optional[str]:
        """..."""
    @property
    def signature_hash(self) -> Optional[str]:
        """..."""
    def __init__(
        self,
        *,
        active_for: Optional[int] = ...,
        country_code: Optional[str] = ...,
        offer_code: Optional[str] = ...,
        phone_number: Optional[str] = ...,
        quick_reply_type: Optional[str] = ...,
        text: Optional[str] = ...,
        url: Optional[str] = ...,
        url_type: Optional[str] = ...,
        variables: Optional[List[TemplateVariableInput]] = ...,
        autofill_text: Optional[str] = ...,
        otp_type: Optional[str] = ...,
        package_name: Optional[str] = ...,
        signature_hash: Optional[str] = ...,
    ) -> None: ...

class TemplateCreateRequest(Model):
    """Body of templates.create"""
    @property
    def auto_create_for_sp(self) -> Optional[bool]:
        """Create this template automatically on every sender profile of the organization, now and in future (default: false). Accepted only from an organization that has been enabled for it, and only at creation — it cannot be changed afterwards."""
    @property
    def category(self) -> Optional[str]:
        """Template category: MARKETING, UTILITY, AUTHENTICATION (optional, auto-detected if not provided)"""
    @property
    def creation_source(self) -> Optional[str]:
        """Source of template creation (default: from-api)"""
    @property
    def definition(self) -> Optional[TemplateDefinitionInput]:
        """Complete definition of a message template including header, body, footer, and buttons"""
    @property
    def language(self) -> Optional[str]:
        """Template language code (e.g., en_US) (optional, auto-detected if not provided)"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def submit_for_review(self) -> Optional[bool]:
        """Whether to submit the template for review after creation (default: false)"""
    def __init__(
        self,
        *,
        auto_create_for_sp: Optional[bool] = ...,
        category: Optional[str] = ...,
        creation_source: Optional[str] = ...,
        definition: Optional[TemplateDefinitionInput] = ...,
        language: Optional[str] = ...,
        sandbox: Optional[bool] = ...,
        submit_for_review: Optional[bool] = ...,
    ) -> None: ...

class TemplateDefinitionInput(Model):
    """Complete definition of a message template including header, body, footer, and buttons"""
    @property
    def body(self) -> Optional[TemplateBodyInput]:
        """Body section of a message template."""
    @property
    def authentication_config(self) -> Optional[AuthenticationConfigInput]:
        """Configuration for AUTHENTICATION category templates"""
    @property
    def buttons(self) -> Optional[List[TemplateButtonInput]]:
        """Optional list of interactive buttons (e.g., quick replies, URLs, phone numbers)"""
    @property
    def definition_version(self) -> Optional[str]:
        """The version of the template definition format"""
    @property
    def footer(self) -> Optional[TemplateBodyContentInput]:
        """Footer section of a message template"""
    @property
    def header(self) -> Optional[TemplateHeaderInput]:
        """Header section of a message template"""
    def __init__(
        self,
        *,
        body: Optional[TemplateBodyInput] = ...,
        authentication_config: Optional[AuthenticationConfigInput] = ...,
        buttons: Optional[List[TemplateButtonInput]] = ...,
        definition_version: Optional[str] = ...,
        footer: Optional[TemplateBodyContentInput] = ...,
        header: Optional[TemplateHeaderInput] = ...,
    ) -> None: ...

class TemplateDeleteRequest(Model):
    """Body of templates.delete"""
    @property
    def delete_from_meta(self) -> Optional[bool]:
        """Whether to also delete the template from WhatsApp/Meta (optional, defaults to false)"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(
        self,
        *,
        delete_from_meta: Optional[bool] = ...,
        sandbox: Optional[bool] = ...,
    ) -> None: ...

class TemplateEventPayload(Model):
    """Body of a template status event: a template's review outcome changed."""
    @property
    def status(self) -> Optional[str]:
        """The review status reached, such as APPROVED or REJECTED."""
    @property
    def whatsapp_template_id(self) -> Optional[str]:
        """The template's identifier with Meta."""
    @property
    def template_id(self) -> Optional[str]:
        """The template in Sent."""
    @property
    def template_name(self) -> Optional[str]:
        """The template's display name."""
    @property
    def account_id(self) -> Optional[str]:
        """The account the template belongs to."""
    @property
    def auto_reply_action(self) -> Optional[str]:
        """For one of Sent's consent auto-replies: OPT_IN, OPT_OUT, HELP or OTHER; absent for an ordinary template."""
    @property
    def category(self) -> Optional[str]:
        """UTILITY, MARKETING or AUTHENTICATION."""
    @property
    def channel(self) -> Optional[str]:
        """The channel this decision is about; absent when it concerns the whole template."""
    @property
    def language(self) -> Optional[str]:
        """The template's language code, such as en_US."""
    @property
    def reason(self) -> Optional[str]:
        """Why, when a reason was given (on a rejection)."""
    def __init__(
        self,
        *,
        status: Optional[str] = ...,
        whatsapp_template_id: Optional[str] = ...,
        template_id: Optional[str] = ...,
        template_name: Optional[str] = ...,
        account_id: Optional[str] = ...,
        auto_reply_action: Optional[str] = ...,
        category: Optional[str] = ...,
        channel: Optional[str] = ...,
        language: Optional[str] = ...,
        reason: Optional[str] = ...,
    ) -> None: ...

class TemplateHeaderInput(Model):
    """Header section of a message template"""
    @property
    def template(self) -> Optional[str]:
        """The header template text with optional variable placeholders (e.g., "Welcome to {{0:variable}}")"""
    @property
    def example_url(self) -> Optional[str]:
        """Request-only."""
    @property
    def location(self) -> Optional[LocationInput]:
        """The map pin a location header drops."""
    @property
    def static_resource(self) -> Optional[bool]:
        """Whether the asset registered at creation is reused when a caller omits the header's variable at send time. Default false — the caller must supply it per message, which is the behaviour every existing template has."""
    @property
    def type(self) -> Optional[str]:
        """The kind of header: text (up to 60 characters, one variable), image, video, gif, document or location (media kinds need an example URL)"""
    @property
    def variables(self) -> Optional[List[TemplateVariableInput]]:
        """List of variables used in the header template"""
    def __init__(
        self,
        *,
        template: Optional[str] = ...,
        example_url: Optional[str] = ...,
        location: Optional[LocationInput] = ...,
        static_resource: Optional[bool] = ...,
        type: Optional[str] = ...,
        variables: Optional[List[TemplateVariableInput]] = ...,
    ) -> None: ...

class TemplatePage(Model):
    """One page of templates"""
    @property
    def templates(self) -> Optional[List[Template]]:
        """The templates on this page"""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Where this page is in the list"""
    def __init__(
        self,
        *,
        templates: Optional[List[Template]] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class TemplateUpdateRequest(Model):
    """Body of templates.update"""
    @property
    def category(self) -> Optional[str]:
        """Template category: MARKETING, UTILITY, AUTHENTICATION"""
    @property
    def definition(self) -> Optional[TemplateDefinitionInput]:
        """Complete definition of a message template including header, body, footer, and buttons"""
    @property
    def language(self) -> Optional[str]:
        """Template language code (e.g., en_US)"""
    @property
    def name(self) -> Optional[str]:
        """Template display name"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def submit_for_review(self) -> Optional[bool]:
        """Whether to submit the template for review after updating (default: false)"""
    def __init__(
        self,
        *,
        category: Optional[str] = ...,
        definition: Optional[TemplateDefinitionInput] = ...,
        language: Optional[str] = ...,
        name: Optional[str] = ...,
        sandbox: Optional[bool] = ...,
        submit_for_review: Optional[bool] = ...,
    ) -> None: ...

class TemplateVariableInput(Model):
    """A variable of a template body"""
    @property
    def name(self) -> Optional[str]:
        """The variable's name, and the key callers use for it in a send request's parameters object. Must start with a letter and hold only letters, digits and underscores."""
    @property
    def props(self) -> Optional[PropsInput]:
        """..."""
    @property
    def type(self) -> Optional[str]:
        """One of variable, link or media. Decides which Props fields are required."""
    @property
    def id(self) -> Optional[int]:
        """The variable's index, and the number its {{index:variable}} placeholder refers to."""
    def __init__(
        self,
        *,
        name: Optional[str] = ...,
        props: Optional[PropsInput] = ...,
        type: Optional[str] = ...,
        id: Optional[int] = ...,
    ) -> None: ...

class TokenCreateRequest(Model):
    """Body of voice.tokens.create"""
    @property
    def identity(self) -> Optional[str]:
        """Your identifier for the app user, such as an agent or account id."""
    @property
    def number(self) -> Optional[str]:
        """One of your voice-enabled phone numbers in E.164 format."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def ttl(self) -> Optional[int]:
        """Token lifetime in seconds. Defaults to 600 and cannot exceed 3600."""
    def __init__(
        self,
        *,
        identity: Optional[str] = ...,
        number: Optional[str] = ...,
        sandbox: Optional[bool] = ...,
        ttl: Optional[int] = ...,
    ) -> None: ...

class User(Model):
    """A user of the organization or profile, with their role and status"""
    @property
    def id(self) -> Optional[str]:
        """User unique identifier"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When the user was added to the organization"""
    @property
    def customer_id(self) -> Optional[str]:
        """Which customer owns this — the key's own, or the profile named in x-profile-id."""
    @property
    def email(self) -> Optional[str]:
        """User email address"""
    @property
    def invited_at(self) -> Optional[datetime]:
        """When the user was invited"""
    @property
    def last_login_at(self) -> Optional[datetime]:
        """When the user last logged in"""
    @property
    def name(self) -> Optional[str]:
        """User full name"""
    @property
    def role(self) -> Optional[str]:
        """User role in the organization: admin, billing, developer"""
    @property
    def status(self) -> Optional[str]:
        """User status: active, invited, suspended, rejected"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When the user record was last updated"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        customer_id: Optional[str] = ...,
        email: Optional[str] = ...,
        invited_at: Optional[datetime] = ...,
        last_login_at: Optional[datetime] = ...,
        name: Optional[str] = ...,
        role: Optional[str] = ...,
        status: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class UserInviteRequest(Model):
    """Body of users.invite"""
    @property
    def email(self) -> Optional[str]:
        """User email address (required)"""
    @property
    def name(self) -> Optional[str]:
        """User full name (required)"""
    @property
    def role(self) -> Optional[str]:
        """User role: admin, billing, or developer (required)"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(
        self,
        *,
        email: Optional[str] = ...,
        name: Optional[str] = ...,
        role: Optional[str] = ...,
        sandbox: Optional[bool] = ...,
    ) -> None: ...

class UserList(Model):
    """The users in the organization."""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Pagination metadata for list responses"""
    @property
    def users(self) -> Optional[List[User]]:
        """The users on this page."""
    def __init__(
        self,
        *,
        pagination: Optional[PaginationMeta] = ...,
        users: Optional[List[User]] = ...,
    ) -> None: ...

class UserUpdateRoleRequest(Model):
    """Body of users.update_role"""
    @property
    def role(self) -> Optional[str]:
        """User role: admin, billing, or developer (required)"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, role: Optional[str] = ..., sandbox: Optional[bool] = ...) -> None: ...

class VoiceCallbackTest(Model):
    """The verdict of a test question sent to your callback URL"""
    @property
    def answer(self) -> Optional[Dict[str, Any]]:
        """Your answer as Sent read it, with numbers in E.164 and a missing caller id filled in. Set only when the outcome is ok."""
    @property
    def call_id(self) -> Optional[str]:
        """The call id the test question carried."""
    @property
    def error(self) -> Optional[VoiceCallbackTestErrorInfo]:
        """Why the test did not end with ok"""
    @property
    def outcome(self) -> Optional[str]:
        """What happened: ok, timeout, connection_failed, http_error or invalid_answer"""
    @property
    def request(self) -> Optional[VoiceCallbackTestRequestInfo]:
        """The test question exactly as it was sent"""
    @property
    def response(self) -> Optional[VoiceCallbackTestResponseInfo]:
        """What your endpoint answered"""
    def __init__(
        self,
        *,
        answer: Optional[Dict[str, Any]] = ...,
        call_id: Optional[str] = ...,
        error: Optional[VoiceCallbackTestErrorInfo] = ...,
        outcome: Optional[str] = ...,
        request: Optional[VoiceCallbackTestRequestInfo] = ...,
        response: Optional[VoiceCallbackTestResponseInfo] = ...,
    ) -> None: ...

class VoiceCallbackTestErrorInfo(Model):
    """Why the test did not end with ok"""
    @property
    def message(self) -> Optional[str]:
        """What to fix"""
    @property
    def path(self) -> Optional[str]:
        """Dotted path of the answer field at fault, such as action.action, when one field is to blame"""
    @property
    def reason(self) -> Optional[str]:
        """Machine-readable reason, such as timeout, http_error, malformed_json, missing_action or unknown_action"""
    def __init__(
        self,
        *,
        message: Optional[str] = ...,
        path: Optional[str] = ...,
        reason: Optional[str] = ...,
    ) -> None: ...

class VoiceCallbackTestRequestInfo(Model):
    """The test question exactly as it was sent"""
    @property
    def body(self) -> Optional[str]:
        """The request body byte for byte. This is what the signature covers."""
    @property
    def headers(self) -> Optional[Dict[str, Any]]:
        """Every header Sent added, the signature included, so you can compare against what your endpoint verified. The signing secret itself is never included."""
    @property
    def url(self) -> Optional[str]:
        """The callback URL that was called"""
    def __init__(
        self,
        *,
        body: Optional[str] = ...,
        headers: Optional[Dict[str, Any]] = ...,
        url: Optional[str] = ...,
    ) -> None: ...

class VoiceCallbackTestResponseInfo(Model):
    """What your endpoint answered"""
    @property
    def body(self) -> Optional[str]:
        """The start of the raw response body, capped at 2048 characters"""
    @property
    def status_code(self) -> Optional[int]:
        """The HTTP status your endpoint returned"""
    def __init__(self, *, body: Optional[str] = ..., status_code: Optional[int] = ...) -> None: ...

class VoiceCreateRequest(Model):
    """Body of channels.voice.create"""
    @property
    def callback_url(self) -> Optional[str]:
        """Where Sent asks what to do with each call on this number: an absolute HTTP or HTTPS URL on a public host. A signed question is POSTed here when a call arrives or a caller presses a key, and the answer decides the call."""
    @property
    def area_code(self) -> Optional[str]:
        """The US area code a new number should be in, as 212."""
    @property
    def default_for_app_calls(self) -> Optional[bool]:
        """Make this the line app-originated calls are placed from when a voice token names no number. Omit it and your first voice number takes that role; a later one leaves it where it is."""
    @property
    def number(self) -> Optional[str]:
        """One of your phone numbers, in E.164 format."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(
        self,
        *,
        callback_url: Optional[str] = ...,
        area_code: Optional[str] = ...,
        default_for_app_calls: Optional[bool] = ...,
        number: Optional[str] = ...,
        sandbox: Optional[bool] = ...,
    ) -> None: ...

class VoiceNumber(Model):
    """One number the profile carries phone calls on."""
    @property
    def callback_url(self) -> Optional[str]:
        """Where Sent asks what to do with each call on this number: a signed question is POSTed here when a call arrives or a caller presses a key, and the answer decides the call. The signing secret is not on this read; it is shown when voice is turned on and by the rotate endpoint."""
    @property
    def created_at(self) -> Optional[datetime]:
        """When it was created"""
    @property
    def default_for_app_calls(self) -> Optional[bool]:
        """Whether this is the line app-originated calls are placed from when a voice token names no number. Exactly one active voice number carries it while the profile has any."""
    @property
    def number(self) -> Optional[str]:
        """The number, in E.164."""
    @property
    def status(self) -> Optional[str]:
        """ACTIVE while the number carries calls, INACTIVE once it was turned off."""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When it was last changed"""
    def __init__(
        self,
        *,
        callback_url: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        default_for_app_calls: Optional[bool] = ...,
        number: Optional[str] = ...,
        status: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class VoiceNumberCreated(Model):
    """One number the profile carries phone calls on."""
    @property
    def callback_url(self) -> Optional[str]:
        """Where Sent asks what to do with each call on this number: a signed question is POSTed here when a call arrives or a caller presses a key, and the answer decides the call. The signing secret is not on this read; it is shown when voice is turned on and by the rotate endpoint."""
    @property
    def created_at(self) -> Optional[datetime]:
        """When it was created"""
    @property
    def default_for_app_calls(self) -> Optional[bool]:
        """Whether this is the line app-originated calls are placed from when a voice token names no number. Exactly one active voice number carries it while the profile has any."""
    @property
    def number(self) -> Optional[str]:
        """The number, in E.164."""
    @property
    def status(self) -> Optional[str]:
        """ACTIVE while the number carries calls, INACTIVE once it was turned off."""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When it was last changed"""
    @property
    def callback_secret(self) -> Optional[str]:
        """The whsec\\__ secret every question to callback_url is signed with."""
    def __init__(
        self,
        *,
        callback_url: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        default_for_app_calls: Optional[bool] = ...,
        number: Optional[str] = ...,
        status: Optional[str] = ...,
        updated_at: Optional[datetime] = ...,
        callback_secret: Optional[str] = ...,
    ) -> None: ...

class VoiceSecret(Model):
    """A freshly rotated callback signing secret"""
    @property
    def callback_secret(self) -> Optional[str]:
        """The new whsec\\__ secret."""
    def __init__(self, *, callback_secret: Optional[str] = ...) -> None: ...

class VoiceToken(Model):
    """A short-lived token your app passes to the voice client SDK to register"""
    @property
    def token(self) -> Optional[str]:
        """The signed token."""
    @property
    def expires_at(self) -> Optional[datetime]:
        """When the token expires (UTC)"""
    @property
    def identity(self) -> Optional[str]:
        """The identity the token was minted for"""
    @property
    def number(self) -> Optional[str]:
        """The phone number this identity is now bound to, in E.164 format"""
    def __init__(
        self,
        *,
        token: Optional[str] = ...,
        expires_at: Optional[datetime] = ...,
        identity: Optional[str] = ...,
        number: Optional[str] = ...,
    ) -> None: ...

class VoiceUpdateRequest(Model):
    """Body of channels.voice.update"""
    @property
    def callback_url(self) -> Optional[str]:
        """A new callback URL for the number, active or not: an absolute HTTP or HTTPS URL on a public host, where Sent asks what to do with each call. The signing secret is kept."""
    @property
    def default_for_app_calls(self) -> Optional[bool]:
        """true makes this the line app-originated calls are placed from when a voice token names no number. false is refused: an account with active voice numbers always has exactly one default, so the default moves by giving it to another number."""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def status(self) -> Optional[str]:
        """ACTIVE turns calls on for the number again, INACTIVE turns them off."""
    def __init__(
        self,
        *,
        callback_url: Optional[str] = ...,
        default_for_app_calls: Optional[bool] = ...,
        sandbox: Optional[bool] = ...,
        status: Optional[str] = ...,
    ) -> None: ...

class Webhook(Model):
    """A webhook: its endpoint, the events it receives, its signing secret and delivery statistics"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier"""
    @property
    def consecutive_failures(self) -> Optional[int]:
        """Failed deliveries in a row"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When it was created"""
    @property
    def customer_id(self) -> Optional[str]:
        """Which customer owns this — the key's own, or the profile named in x-profile-id."""
    @property
    def display_name(self) -> Optional[str]:
        """Name shown in the dashboard"""
    @property
    def endpoint_url(self) -> Optional[str]:
        """Public HTTPS URL the events are posted to"""
    @property
    def event_filters(self) -> Optional[Dict[str, Any]]:
        """Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}"""
    @property
    def event_types(self) -> Optional[List[str]]:
        """The event types (parents such as message, templates) delivered to it"""
    @property
    def is_active(self) -> Optional[bool]:
        """Whether it is active"""
    @property
    def last_delivery_attempt_at(self) -> Optional[datetime]:
        """When a delivery was last attempted"""
    @property
    def last_successful_delivery_at(self) -> Optional[datetime]:
        """When a delivery last succeeded"""
    @property
    def retry_count(self) -> Optional[int]:
        """How many times a failed delivery is retried"""
    @property
    def signing_secret(self) -> Optional[str]:
        """Secret (whsec_...) the deliveries are signed with"""
    @property
    def timeout_seconds(self) -> Optional[int]:
        """Seconds to wait for the endpoint to answer a delivery"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """When it was last changed"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        consecutive_failures: Optional[int] = ...,
        created_at: Optional[datetime] = ...,
        customer_id: Optional[str] = ...,
        display_name: Optional[str] = ...,
        endpoint_url: Optional[str] = ...,
        event_filters: Optional[Dict[str, Any]] = ...,
        event_types: Optional[List[str]] = ...,
        is_active: Optional[bool] = ...,
        last_delivery_attempt_at: Optional[datetime] = ...,
        last_successful_delivery_at: Optional[datetime] = ...,
        retry_count: Optional[int] = ...,
        signing_secret: Optional[str] = ...,
        timeout_seconds: Optional[int] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class WebhookEventRecord(Model):
    """One delivery of an event to a webhook: the event, the attempts and the endpoint's answer"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier"""
    @property
    def created_at(self) -> Optional[datetime]:
        """When it was created"""
    @property
    def delivery_attempts(self) -> Optional[int]:
        """Delivery attempts made"""
    @property
    def delivery_status(self) -> Optional[str]:
        """Delivery status"""
    @property
    def error_message(self) -> Optional[str]:
        """Why it failed"""
    @property
    def event_data(self) -> Optional[Dict[str, Any]]:
        """The exact event body that was delivered, or attempted, for this record."""
    @property
    def event_type(self) -> Optional[str]:
        """The event type"""
    @property
    def http_status_code(self) -> Optional[int]:
        """HTTP status the endpoint answered"""
    @property
    def processing_completed_at(self) -> Optional[datetime]:
        """When processing completed"""
    @property
    def processing_started_at(self) -> Optional[datetime]:
        """When processing started"""
    @property
    def response_body(self) -> Optional[str]:
        """Body the endpoint answered"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        delivery_attempts: Optional[int] = ...,
        delivery_status: Optional[str] = ...,
        error_message: Optional[str] = ...,
        event_data: Optional[Dict[str, Any]] = ...,
        event_type: Optional[str] = ...,
        http_status_code: Optional[int] = ...,
        processing_completed_at: Optional[datetime] = ...,
        processing_started_at: Optional[datetime] = ...,
        response_body: Optional[str] = ...,
    ) -> None: ...

class WebhookEventRecordPage(Model):
    """One page of events"""
    @property
    def events(self) -> Optional[List[WebhookEventRecord]]:
        """The events on this page"""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Where this page is in the list"""
    def __init__(
        self,
        *,
        events: Optional[List[WebhookEventRecord]] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class WebhookEventType(Model):
    """An event type a webhook can subscribe to, with its sub-types"""
    @property
    def description(self) -> Optional[str]:
        """..."""
    @property
    def display_name(self) -> Optional[str]:
        """Name shown in the dashboard"""
    @property
    def event_type(self) -> Optional[str]:
        """The event type"""
    @property
    def is_active(self) -> Optional[bool]:
        """Whether it is active"""
    @property
    def name(self) -> Optional[str]:
        """Name"""
    @property
    def sub_types(self) -> Optional[List[WebhookEventType]]:
        """Its sub-types"""
    def __init__(
        self,
        *,
        description: Optional[str] = ...,
        display_name: Optional[str] = ...,
        event_type: Optional[str] = ...,
        is_active: Optional[bool] = ...,
        name: Optional[str] = ...,
        sub_types: Optional[List[WebhookEventType]] = ...,
    ) -> None: ...

class WebhookEventTypeList(Model):
    """The webhook event types a customer can subscribe to."""
    @property
    def event_types(self) -> Optional[List[WebhookEventType]]:
        """The event_types on this page."""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Pagination metadata for list responses"""
    def __init__(
        self,
        *,
        event_types: Optional[List[WebhookEventType]] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class WebhookPage(Model):
    """One page of webhooks"""
    @property
    def webhooks(self) -> Optional[List[Webhook]]:
        """The webhooks on this page"""
    @property
    def pagination(self) -> Optional[PaginationMeta]:
        """Where this page is in the list"""
    def __init__(
        self,
        *,
        webhooks: Optional[List[Webhook]] = ...,
        pagination: Optional[PaginationMeta] = ...,
    ) -> None: ...

class WebhookRequest(Model):
    """Body of webhooks.create and webhooks.update"""
    @property
    def display_name(self) -> Optional[str]:
        """Name shown in the dashboard"""
    @property
    def endpoint_url(self) -> Optional[str]:
        """Public HTTPS URL the events are posted to"""
    @property
    def event_filters(self) -> Optional[Dict[str, Any]]:
        """Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}"""
    @property
    def event_types(self) -> Optional[List[str]]:
        """The event types (parents such as message, templates) delivered to it"""
    @property
    def retry_count(self) -> Optional[int]:
        """How many times a failed delivery is retried"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    @property
    def sender_profile(self) -> Optional[SenderProfileInput]:
        """Request-only: the events an organization webhook's sender profile clones receive, one clone per existing and future profile. Responses never return it."""
    @property
    def timeout_seconds(self) -> Optional[int]:
        """Seconds to wait for the endpoint to answer a delivery"""
    def __init__(
        self,
        *,
        display_name: Optional[str] = ...,
        endpoint_url: Optional[str] = ...,
        event_filters: Optional[Dict[str, Any]] = ...,
        event_types: Optional[List[str]] = ...,
        retry_count: Optional[int] = ...,
        sandbox: Optional[bool] = ...,
        sender_profile: Optional[SenderProfileInput] = ...,
        timeout_seconds: Optional[int] = ...,
    ) -> None: ...

class WebhookSecret(Model):
    """A webhook's new signing secret"""
    @property
    def signing_secret(self) -> Optional[str]:
        """Secret (whsec_...) the deliveries are signed with"""
    def __init__(self, *, signing_secret: Optional[str] = ...) -> None: ...

class WebhookTestRequest(Model):
    """Body of webhooks.test"""
    @property
    def event_type(self) -> Optional[str]:
        """The event type"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, event_type: Optional[str] = ..., sandbox: Optional[bool] = ...) -> None: ...

class WebhookTestResult(Model):
    """The outcome of a test event sent to a webhook"""
    @property
    def message(self) -> Optional[str]:
        """Message"""
    @property
    def success(self) -> Optional[bool]:
        """Whether it succeeded"""
    def __init__(self, *, message: Optional[str] = ..., success: Optional[bool] = ...) -> None: ...

class WebhookToggleStatusRequest(Model):
    """Body of webhooks.toggle_status"""
    @property
    def is_active(self) -> Optional[bool]:
        """Whether it is active"""
    @property
    def sandbox(self) -> Optional[bool]:
        """Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)"""
    def __init__(self, *, is_active: Optional[bool] = ..., sandbox: Optional[bool] = ...) -> None: ...

class WhatsappBusinessAccountInput(Model):
    """Direct WhatsApp Business Account credentials for a profile. Use this when the profile should
    have its own WhatsApp Business Account instead of inheriting from the organization. Credentials
    must be obtained from Meta Business Manager by creating a System User with
    whatsapp_business_messaging and whatsapp_business_management scopes.
    """
    @property
    def access_token(self) -> Optional[str]:
        """System User access token with whatsapp_business_messaging and whatsapp_business_management permissions. This value is stored securely and never returned in API responses."""
    @property
    def waba_id(self) -> Optional[str]:
        """WhatsApp Business Account ID from Meta Business Manager"""
    @property
    def phone_number_id(self) -> Optional[str]:
        """Phone Number ID of an existing number already registered under this WABA in Meta Business Manager. Optional — when omitted, a number will be provisioned from our pool and registered in the WABA during the onboarding flow. When provided, the number must already exist in the WABA."""
    def __init__(
        self,
        *,
        access_token: Optional[str] = ...,
        waba_id: Optional[str] = ...,
        phone_number_id: Optional[str] = ...,
    ) -> None: ...

class ChannelsResource(Resource):
    """The channels you send from (grouping resource)."""
    voice: ChannelsVoiceResource

class ChannelsVoiceResource(Resource):
    """Voice numbers: turn phone calls on for a number you hold, set its callback URL and signing secret."""
    def create(
        self,
        *,
        callback_url: str,
        x_profile_id: Optional[str] = None,
        area_code: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceNumberCreated:
        """Turn phone calls on for a number you hold, or get a new number with voice

        Adds voice to one of the numbers you hold, or gives you a new one.

        Send `number` for a number that is already yours (see `GET /v3/channels`); leave it out to be
        given a new US number, optionally in a particular `area_code`. Sending both is refused. Nothing
        registers, so the number can carry calls as soon as this returns.

        What happens on a call is decided by your `callback_url`: when a call arrives on the number, or
        a caller presses a key on a menu, Sent POSTs a signed question there and follows the answer. The
        response carries the `callback_secret` the questions are signed with, the one time it is shown
        without rotating; verify a question the way you verify a webhook. `POST
        /v3/channels/voice/{number}/test` sends a test question and reports the verdict.

        Args:
            callback_url (str, required, body 'callback_url'): Where Sent asks what to do with each call on this number: an absolute HTTP or HTTPS URL on a public host. A signed question is POSTed here when a call arrives or a caller presses a key, and the answer decides the call.
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            area_code (Optional[str], optional, body 'area_code'): The US area code a new number should be in, as 212.
            default_for_app_calls (Optional[bool], optional, body 'default_for_app_calls'): Make this the line app-originated calls are placed from when a voice token names no number. Omit it and your first voice number takes that role; a later one leaves it where it is.
            number (Optional[str], optional, body 'number'): One of your phone numbers, in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            VoiceCreateRequest (the body parameters): Body of channels.voice.create

        Returns:
            VoiceNumberCreated: VoiceNumberCreated: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .callback_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Endpoint: POST /v3/channels/voice

        Example:
            client.channels.voice.create(
                callback_url='callback_url_example',
                x_profile_id='x-profile-id_example',
                area_code='area_code_example',
                default_for_app_calls=True,
                number='number_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_with_http_info(
        self,
        *,
        callback_url: str,
        x_profile_id: Optional[str] = None,
        area_code: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceNumberCreated]:
        """create, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(self, *, x_profile_id: Optional[str] = None) -> List[VoiceNumber]:
        """List every number you turned phone calls on for, oldest first

        Every number you turned phone calls on for, active or inactive, oldest first. Each entry carries
        the number's status, whether it is the default line for calls placed from your app, and its
        callback URL. The signing secret is never on a read; it is shown when voice is turned on and by
        `POST /v3/channels/voice/{number}/rotate-secret`.

        The same entries `GET /v3/channels` reports under `voice`, and the same shape `GET
        /v3/channels/voice/{number}` returns for one of them. Change a number with `PATCH
        /v3/channels/voice/{number}`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            List[VoiceNumber]: a list of VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/channels/voice

        Example:
            client.channels.voice.list(
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[List[VoiceNumber]]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def retrieve(self, number: str, *, x_profile_id: Optional[str] = None) -> VoiceNumber:
        """Read one of your voice numbers: status, default line and callback URL

        Reads one of your voice numbers, active or inactive: its status, whether it is the default line
        for calls placed from your app, and its callback URL. The signing secret is not on this read.

        The same shape `GET /v3/channels/voice` lists, and the same shape `PATCH` on this path accepts
        and returns, so what comes back can be sent back.

        The number is the E.164 value in the path with the plus sign URL-encoded (`%2B`).

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            VoiceNumber: VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: GET /v3/channels/voice/{number}

        Example:
            client.channels.voice.retrieve(
                number='number_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[VoiceNumber]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def rotate_secret(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceSecret:
        """Rotate the secret that signs the questions sent to a voice number's callback URL

        Generates a new signing secret for the questions Sent sends to this number's callback URL and
        returns it. The previous secret stops signing immediately, so update your backend before the
        next call reaches it. The number is the E.164 value in the path with the plus sign URL-encoded
        (`%2B`).

        With `sandbox: true` a secret is generated and returned with `202`, and nothing is written.

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            VoiceSecret: VoiceSecret: A freshly rotated callback signing secret
                .callback_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: POST /v3/channels/voice/{number}/rotate-secret

        Example:
            client.channels.voice.rotate_secret(
                number='number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def rotate_secret_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceSecret]:
        """rotate_secret, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def test(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceCallbackTest:
        """Send a signed test question to a voice number's callback URL and report the verdict

        Sends a synthetic call.request question, flagged "test": true, to the number's callback URL,
        signed with that number's real secret, and reports what came back. Use it to build and debug
        your callback endpoint without placing calls: no call is placed, nothing is billed, and nothing
        is stored. One attempt with the same deadline as a live call, no retry.

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            VoiceCallbackTest: VoiceCallbackTest: The verdict of a test question sent to your callback URL
                .answer (Optional[Dict[str, Any]])
                .call_id (Optional[str])
                .error (Optional[VoiceCallbackTestErrorInfo])
                .outcome (Optional[str])
                .request (Optional[VoiceCallbackTestRequestInfo])
                .response (Optional[VoiceCallbackTestResponseInfo])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: POST /v3/channels/voice/{number}/test

        Example:
            client.channels.voice.test(
                number='number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def test_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceCallbackTest]:
        """test, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        callback_url: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        status: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceNumber:
        """Change a voice number's status, default line or callback URL

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            callback_url (Optional[str], optional, body 'callback_url'): A new callback URL for the number, active or not: an absolute HTTP or HTTPS URL on a public host, where Sent asks what to do with each call. The signing secret is kept.
            default_for_app_calls (Optional[bool], optional, body 'default_for_app_calls'): true makes this the line app-originated calls are placed from when a voice token names no number. false is refused: an account with active voice numbers always has exactly one default, so the default moves by giving it to another number.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            status (Optional[str], optional, body 'status', enum=['ACTIVE', 'INACTIVE']): ACTIVE turns calls on for the number again, INACTIVE turns them off.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            VoiceUpdateRequest (the body parameters): Body of channels.voice.update

        Returns:
            VoiceNumber: VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: PATCH /v3/channels/voice/{number}

        Example:
            client.channels.voice.update(
                number='number_example',
                x_profile_id='x-profile-id_example',
                callback_url='callback_url_example',
                default_for_app_calls=True,
                sandbox=True,
                status='ACTIVE',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        callback_url: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        status: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceNumber]:
        """update, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class ContactsResource(Resource):
    """The people you message, one identity per channel; opt-out is recorded per contact."""
    def create(
        self,
        *,
        phone_number: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Contact:
        """Create a contact from a phone number

        Args:
            phone_number (str, required, body 'phone_number'): Phone number of the contact to create
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ContactCreateRequest (the body parameters): Body of contacts.create

        Returns:
            Contact: Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001, VALIDATION_002: the request is invalid or the number is not E.164
            sentdm.ConflictError: HTTP 409: RESOURCE_007: the contact exists already; CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/contacts

        Example:
            client.contacts.create(
                phone_number='phone_number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_with_http_info(
        self,
        *,
        phone_number: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Contact]:
        """create, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def delete(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> None:
        """Dissociate a contact from your account (deprecated: opt the contact out instead)

        Opting a contact out stops every send to them, which is what deleting one was mostly used for —
        and it keeps the record of who they were and that they asked. A delete discards the consent
        history along with the contact, which is the part you need if anyone ever asks why you stopped,
        or why you started again.

        Dissociates a contact from the authenticated customer.

        Deprecated. Use `PATCH /v3/contacts/{id}` with `{"opt_out": true}` instead, and expect this to
        be removed in a future release. It still behaves exactly as before, so nothing needs to change
        today.

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/contacts/{id}

        Example:
            client.contacts.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    def delete_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> ApiResponse[None]:
        """delete, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(
        self,
        *,
        channel: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        phone: Optional[str] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ContactPage:
        """List your contacts, page by page, optionally filtered by search term, channel or phone

        Retrieves a paginated list of contacts for the authenticated customer.

        Supports filtering by search term, channel, or phone number.

        Args:
            channel (Optional[str], optional, query 'channel'): Optional channel filter (sms, whatsapp)
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            phone (Optional[str], optional, query 'phone'): Optional phone number filter (alternative to list view)
            search (Optional[str], optional, query 'search'): Optional search term for filtering contacts
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ContactPage: ContactPage: One page of contacts
                .contacts (Optional[List[Contact]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .contacts of the result.

        Endpoint: GET /v3/contacts{?channel,page,page_size,phone,search}

        Example:
            client.contacts.list(
                channel='channel_example',
                page=1,
                page_size=1,
                phone='phone_example',
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        *,
        channel: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        phone: Optional[str] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ContactPage]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_list(
        self,
        *,
        channel: Optional[str] = None,
        phone: Optional[str] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> Paginator[Contact]:
        """Every item of list(), page after page: List your contacts, page by page, optionally filtered by search term, channel or phone.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (channel, phone, search, x_profile_id) are those of list().

        Returns:
            Paginator[Contact]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Contact:
        """Retrieve a contact: phone formats, available channels and opt-out

        Retrieves a specific contact by their unique identifier.

        Returns detailed contact information including phone formats, available channels, and opt-out
        status.

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Contact: Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/contacts/{id}

        Example:
            client.contacts.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Contact]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def retrieve_message_summary(
        self,
        contact_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ContactMessageSummary:
        """Summarize the messages exchanged with a contact: counts, channels and success scores

        Returns aggregate message counts, time bounds, channels used, and per-channel success/fail
        scores (each as a percentage 0-100 of messages on that channel) for one of your contacts.
        Successful terminal states: SENT/DELIVERED/READ for outbound, RECEIVED for inbound. Fail:
        FAILED.

        Args:
            contact_id (str, required, path 'contactId'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ContactMessageSummary: ContactMessageSummary: What you exchanged with one contact: message counts, time bounds, channels and success scores
                .channel_scores (Optional[List[ChannelScore]])
                .channels_used (Optional[List[str]])
                .contact_id (Optional[str])
                .first_message_at (Optional[datetime])
                .last_message_at (Optional[datetime])
                .message_count (Optional[int])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: contact_id may also be passed by position, in this order.

        Endpoint: GET /v3/contacts/{contactId}/message-summary

        Example:
            client.contacts.retrieve_message_summary(
                contact_id='contactId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_message_summary_with_http_info(
        self,
        contact_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ContactMessageSummary]:
        """retrieve_message_summary, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        default_channel: Optional[str] = None,
        opt_out: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Contact:
        """Change a contact's default channel or opt-out

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            default_channel (Optional[str], optional, body 'default_channel'): Default messaging channel: "sms" or "whatsapp"
            opt_out (Optional[bool], optional, body 'opt_out'): Whether the contact has opted out of messaging.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ContactUpdateRequest (the body parameters): Body of contacts.update

        Returns:
            Contact: Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress
            sentdm.UnprocessableEntityError: HTTP 422: BUSINESS_001: an inherited contact is read-only

        Positional: id may also be passed by position, in this order.

        Endpoint: PATCH /v3/contacts/{id}

        Example:
            client.contacts.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                default_channel='default_channel_example',
                opt_out=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        default_channel: Optional[str] = None,
        opt_out: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Contact]:
        """update, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class ConversationsResource(Resource):
    """Inbound and outbound messages, grouped by the person they are with (read-only)."""
    def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> MessagePage:
        """List your messages across all conversations, most recent first

        Args:
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            MessagePage: MessagePage: One page of messages
                .messages (Optional[List[Message]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .messages of the result.

        Endpoint: GET /v3/conversations{?page,page_size}

        Example:
            client.conversations.list(
                page=1,
                page_size=1,
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[MessagePage]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_list(
        self,
        *,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> Paginator[Message]:
        """Every item of list(), page after page: List your messages across all conversations, most recent first.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (x_profile_id) are those of list().

        Returns:
            Paginator[Message]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    def list_messages(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> MessagePage:
        """List the messages of one conversation, most recent first

        Args:
            id (str, required, path 'id'): Identifier of the conversation (its contact)
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            MessagePage: MessagePage: One page of messages
                .messages (Optional[List[Message]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Conversation not found

        Pagination: page is the page number, page_size the page size. The items are .messages of the result.

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/conversations/{id}{?page,page_size}

        Example:
            client.conversations.list_messages(
                id='id_example',
                page=1,
                page_size=1,
                x_profile_id='x-profile-id_example',
            )
        """
    def list_messages_with_http_info(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[MessagePage]:
        """list_messages, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_list_messages(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> Paginator[Message]:
        """Every item of list_messages(), page after page: List the messages of one conversation, most recent first.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (id, x_profile_id) are those of list_messages().

        Returns:
            Paginator[Message]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """

class MeResource(Resource):
    """Who the current API key is: its account, profile and channels."""
    def retrieve(self, *, x_profile_id: Optional[str] = None) -> Account:
        """Retrieve the account, profile and channels of the API key

        Returns the account associated with the provided API key.

        The response includes account identity, contact information, messaging channel configuration,
        and — depending on the account type — either a list of child profiles or the profile's own
        settings.

        **Account types:**

        - `organization` — Has child profiles. The `profiles` array is populated. - `user` — Standalone
        account with no profiles. - `profile` — Child of an organization. Includes `organization_id`,
        `short_name`, `status`, and `settings`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Account: Account: The API key's account: the organization with its profiles, the user, and the channels
                .id (Optional[str])
                .channels (Optional[AccountChannels])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .enable_template_auto_creation_for_sp (Optional[bool])
                .icon (Optional[str])
                .name (Optional[str])
                .organization_id (Optional[str])
                .profiles (Optional[List[AccountProfile]])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .settings (Optional[ProfileSettings])
                .short_name (Optional[str])
                .status (Optional[str])
                .type (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/me

        Example:
            client.me.retrieve(
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Account]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class MessagesResource(Resource):
    """Send a message to one or many recipients and follow what happened to it."""
    def retrieve_activities(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> MessageActivities:
        """Retrieve the activity log of a message

        Retrieves the activity log for a specific message.

        Activities track the message lifecycle including acceptance, processing, sending, delivery, and
        any errors. A SCHEDULED entry carries scheduled_at, the release instant in UTC as it stood at
        that moment. Other entries have no scheduled_at key.

        Args:
            id (str, required, path 'id'): Identifier of the message
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            MessageActivities: MessageActivities: The activity log of a message
                .activities (Optional[List[MessageActivity]])
                .message_id (Optional[str])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_003: message not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/messages/{id}/activities

        Example:
            client.messages.retrieve_activities(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_activities_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[MessageActivities]:
        """retrieve_activities, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def retrieve_status(self, id: str, *, x_profile_id: Optional[str] = None) -> Message:
        """Retrieve a message: its current status, body, price and status history

        Retrieves the current status and details of a message by ID.

        Includes delivery status, timestamps, and error information if applicable. A message that is or
        was held for a later time (a send you scheduled with scheduled_at, a quiet-hours hold, or a
        message you cancelled while it was held) is returned as a ScheduledMessageResponse: the same
        fields plus scheduled_at, the instant it is held for in UTC — or, on a CANCELLED message, the
        instant that was called off. A message sent immediately has no scheduled_at key.

        Args:
            id (str, required, path 'id'): Identifier of the message
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Message: Message: A message, inbound or outbound: its recipient, channel, body, price and status history
                .id (Optional[str])
                .active_contact_price (Optional[float])
                .channel (Optional[str])
                .contact_id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .direction (Optional[str])
                .events (Optional[List[MessageEvent]])
                .message_body (Optional[MessageBody])
                .phone (Optional[str])
                .phone_international (Optional[str])
                .price (Optional[float])
                .reason (Optional[str])
                .reason_code (Optional[str])
                .region_code (Optional[str])
                .status (Optional[str])
                .template_category (Optional[str])
                .template_id (Optional[str])
                .template_name (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_003: message not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/messages/{id}

        Example:
            client.messages.retrieve_status(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_status_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Message]:
        """retrieve_status, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def send(
        self,
        *,
        x_profile_id: Optional[str] = None,
        channel: Optional[List[str]] = None,
        channels: Optional[Dict[str, Any]] = None,
        media_urls: Optional[List[str]] = None,
        sandbox: Optional[bool] = None,
        scheduled_at: Optional[Union[str, datetime]] = None,
        subject: Optional[str] = None,
        template: Optional[Dict[str, Any]] = None,
        text: Optional[str] = None,
        to: Optional[List[str]] = None,
        idempotency_key: Optional[str] = None,
    ) -> MessageSendResult:
        """Send a message to one or more recipients, from a template or as text

        Sends one message to each recipient in `to` (E.164 numbers), from a `template` (by `id` or
        `name`, with `parameters`) or as free-form `text`. The channel is chosen per recipient unless
        `channel` names one or more (`sms`, `whatsapp`, `rcs`, `mms`; several channels broadcast, one
        message per recipient and channel); `channels` restricts which of your own numbers each channel
        may send from. The answer (202) lists one message id per recipient and channel, in the order of
        `to`; follow them with `retrieve_status` or the message webhooks.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            channel (Optional[List[str]], optional, body 'channel'): Channels to broadcast on, e.g. ["whatsapp", "sms"]: one message per recipient and channel; "sent" (the default) picks the channel per recipient
            channels (Optional[Dict[str, Any]], optional, body 'channels'): Which of your own numbers to send from, keyed by channel, each channel holding a list of entries: {"sms": [{"country": "US", "from": ["+12125550000", "+14155550000"]}, {"from": ["+447700800001"]}]}.
            media_urls (Optional[List[str]], optional, body 'media_urls'): Attachments for this send, as publicly fetchable https URLs.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            scheduled_at (Optional[Union[str, datetime]], optional, body 'scheduled_at', format=date-time): Optional future send time as an ISO-8601 timestamp with an explicit UTC offset, e.g. 2026-10-01T09:00:00+02:00 or 2026-10-01T07:00:00Z. A value without an offset is rejected (400) rather than read in the server's zone.
            subject (Optional[str], optional, body 'subject'): Subject line for this send, overriding the template's.
            template (Optional[Dict[str, Any]], optional, body 'template'): SDK-style template reference: resolve by ID or by name, with optional parameters.
            text (Optional[str], optional, body 'text'): Plain-text (free-form) message body. Provide either Template or this.
            to (Optional[List[str]], optional, body 'to', format=e164): List of recipient phone numbers in E.164 format (multi-recipient fan-out)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            MessageSendRequest (the body parameters): Body of messages.send

        Returns:
            MessageSendResult: MessageSendResult: The result of a multi-recipient send.

        Declared here rather than in the service layer. POST /v3/messages used to publish
        MessageSendResult — a type in Common.Services.Messaging.Contracts — so the public contract was
        whatever the send service happened to return, and changing that service for an internal reason
        changed the API. The service keeps its result; this is what a caller sees, and the mapping
        between them is a decision the endpoint makes.

        The shape of an immediate send: it never has a scheduled_at key. A send that carried
        scheduled_at is a ScheduledSendMessageResponse, and the endpoint decides which of the two to
        answer with. From always returns this type.
                .recipients (Optional[List[MessageSendRecipient]])
                .status (Optional[str])
                .template_id (Optional[str])
                .template_name (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress
            sentdm.UnprocessableEntityError: HTTP 422: BUSINESS_003, BUSINESS_004, BUSINESS_005: balance too low, every recipient opted out, or WhatsApp template not approved

        Endpoint: POST /v3/messages

        Example:
            client.messages.send(
                x_profile_id='x-profile-id_example',
                channel=[],
                channels={},
                media_urls=[],
                sandbox=True,
                scheduled_at='2024-01-01T12:00:00Z',
                subject='subject_example',
                template='template_example',
                text='text_example',
                to=['+14155552671'],
                idempotency_key='Idempotency-Key_example',
            )
        """
    def send_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        channel: Optional[List[str]] = None,
        channels: Optional[Dict[str, Any]] = None,
        media_urls: Optional[List[str]] = None,
        sandbox: Optional[bool] = None,
        scheduled_at: Optional[Union[str, datetime]] = None,
        subject: Optional[str] = None,
        template: Optional[Dict[str, Any]] = None,
        text: Optional[str] = None,
        to: Optional[List[str]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[MessageSendResult]:
        """send, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class NumbersResource(Resource):
    """What a phone number is (carrier, line type, porting) before you send to it."""
    def lookup(self, phone_number: str, *, x_profile_id: Optional[str] = None) -> NumberLookup:
        """Look up a phone number: carrier, line type, porting status and VoIP detection

        Retrieves detailed information about a phone number including carrier, line type, porting
        status, and VoIP detection. Uses the customer's messaging provider for rich data, with fallback
        to the internal index.

        Args:
            phone_number (str, required, path 'phoneNumber'): The phone number to look up, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            NumberLookup: NumberLookup: What a phone number is: carrier, line type, porting and VoIP
                .carrier_name (Optional[str])
                .country_code (Optional[str])
                .is_ported (Optional[bool])
                .is_valid (Optional[bool])
                .is_voip (Optional[bool])
                .line_type (Optional[str])
                .mobile_country_code (Optional[str])
                .mobile_network_code (Optional[str])
                .phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Number not found

        Positional: phone_number may also be passed by position, in this order.

        Endpoint: GET /v3/numbers/lookup/{phoneNumber}

        Example:
            client.numbers.lookup(
                phone_number='phoneNumber_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def lookup_with_http_info(
        self,
        phone_number: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[NumberLookup]:
        """lookup, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class ProfilesResource(Resource):
    """Sender profiles of your organization (deprecated: replaced by /v3/sender-profiles)."""
    campaigns: ProfilesCampaignsResource
    def complete(
        self,
        profile_id: str,
        *,
        web_hook_url: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ProfileCompleteResult:
        """Complete a profile's compliance workflow and submit it for review

        Final step in the profile compliance workflow. Validates all prerequisites (KYC, brand,
        campaigns, required documents), connects the profile to the SMS and WhatsApp channels, and marks
        it onboarded. Prerequisites are always validated first: if any fail the call returns 400 naming
        every unmet one, and nothing is started. If they pass and the profile is already onboarded, the
        call returns 200 and does nothing. Otherwise it returns 202 and calls the provided webhook URL
        when background processing finishes.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            web_hook_url (str, required, body 'webHookUrl'): Webhook URL to call when profile completion finishes (success or failure)
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileCompleteRequest (the body parameters): Body of profiles.complete

        Returns:
            ProfileCompleteResult: ProfileCompleteResult: The outcome of completing a profile
                .message (Optional[str])
                .status (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: POST /v3/profiles/{profileId}/complete

        Example:
            client.profiles.complete(
                profile_id='profileId_example',
                web_hook_url='webHookUrl_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def complete_with_http_info(
        self,
        profile_id: str,
        *,
        web_hook_url: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ProfileCompleteResult]:
        """complete, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        short_name: Optional[str] = None,
        whatsapp_business_account: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ProfileDetail:
        """Create a sender profile in your organization

        Creates a new sender profile within an organization. Profiles represent different brands,
        departments, or use cases, each with their own messaging configuration and settings. Requires
        admin role in the organization.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            allow_contact_sharing (Optional[bool], optional, body 'allow_contact_sharing'): Deprecated.
            allow_template_sharing (Optional[bool], optional, body 'allow_template_sharing'): Whether the profile's templates may be shared
            billing_contact (Optional[Dict[str, Any]], optional, body 'billing_contact'): Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization".
            billing_model (Optional[str], optional, body 'billing_model'): Billing model: profile, organization, or profile_and_organization (default: profile).
            brand (Optional[Dict[str, Any]], optional, body 'brand'): Brand and KYC data grouped into contact, business, and compliance sections
            description (Optional[str], optional, body 'description'): Profile description (optional)
            icon (Optional[str], optional, body 'icon'): Profile icon URL (optional)
            inherit_contacts (Optional[bool], optional, body 'inherit_contacts'): Whether the profile uses the organization's contacts
            inherit_tcr_brand (Optional[bool], optional, body 'inherit_tcr_brand'): Whether this profile inherits TCR brand from organization (default: false)
            inherit_tcr_campaign (Optional[bool], optional, body 'inherit_tcr_campaign'): Whether this profile inherits TCR campaign from organization (default: false)
            inherit_templates (Optional[bool], optional, body 'inherit_templates'): Whether the profile uses the organization's templates
            name (Optional[str], optional, body 'name'): Profile name (required)
            payment_details (Optional[Dict[str, Any]], optional, body 'payment_details'): Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            short_name (Optional[str], optional, body 'short_name'): Profile short name/abbreviation (optional).
            whatsapp_business_account (Optional[Dict[str, Any]], optional, body 'whatsapp_business_account'): Direct WhatsApp Business Account credentials for a profile. Use this when the profile should have its own WhatsApp Business Account instead of inheriting from the organization.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileCreateRequest (the body parameters): Body of profiles.create

        Returns:
            ProfileDetail: ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/profiles

        Example:
            client.profiles.create(
                x_profile_id='x-profile-id_example',
                allow_contact_sharing=True,
                allow_template_sharing=True,
                billing_contact='billing_contact_example',
                billing_model='billing_model_example',
                brand='brand_example',
                description='description_example',
                icon='icon_example',
                inherit_contacts=True,
                inherit_tcr_brand=True,
                inherit_tcr_campaign=True,
                inherit_templates=True,
                name='name_example',
                payment_details='payment_details_example',
                sandbox=True,
                short_name='short_name_example',
                whatsapp_business_account='whatsapp_business_account_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        short_name: Optional[str] = None,
        whatsapp_business_account: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ProfileDetail]:
        """create, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def delete(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a sender profile (soft delete)

        Soft deletes a sender profile. The profile will be marked as deleted but data is retained.
        Anything it still held is released first: phone numbers return to our inventory and can go to
        whoever asks next, its own WhatsApp account is deregistered, and its routing rules stop being
        used. Requires admin role in the organization.

        A number it holds that your WhatsApp Business Account still carries refuses the delete with a
        `409 CONFLICT_012`, and nothing is deleted: the number would return to our shared inventory
        while Meta still routes WhatsApp to it, and only you can take it off the account — deregister
        **and** delete it in WhatsApp Manager, then try again. A `409 CONFLICT_013` means the account
        could not be read, so we cannot tell.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/profiles/{profileId}

        Example:
            client.profiles.delete(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def delete_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """delete, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(self, *, x_profile_id: Optional[str] = None) -> ProfileList:
        """List the sender profiles of your organization, with their brands

        Retrieves all sender profiles within an organization, including brand information for each
        profile. Profiles represent different brands, departments, or use cases within an organization,
        each with their own messaging configuration.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ProfileList: ProfileList: The profiles in the organization.
                .pagination (Optional[PaginationMeta])
                .profiles (Optional[List[ProfileDetail]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/profiles

        Example:
            client.profiles.list(
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ProfileList]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def retrieve(self, profile_id: str, *, x_profile_id: Optional[str] = None) -> ProfileDetail:
        """Retrieve a sender profile, with its brand and KYC information

        Retrieves detailed information about a specific sender profile within an organization, including
        brand and KYC information if a brand has been configured.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ProfileDetail: ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: GET /v3/profiles/{profileId}

        Example:
            client.profiles.retrieve(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ProfileDetail]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_number_change_during_onboarding: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        sending_phone_number: Optional[str] = None,
        sending_phone_number_profile_id: Optional[str] = None,
        sending_whatsapp_number_profile_id: Optional[str] = None,
        short_name: Optional[str] = None,
        whatsapp_phone_number: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ProfileDetail:
        """Change a profile's settings

        Updates a profile's configuration and settings. Requires admin role in the organization. Only
        provided fields will be updated (partial update).

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            allow_contact_sharing (Optional[bool], optional, body 'allow_contact_sharing'): Deprecated.
            allow_number_change_during_onboarding (Optional[bool], optional, body 'allow_number_change_during_onboarding'): Whether number changes are allowed during onboarding (optional)
            allow_template_sharing (Optional[bool], optional, body 'allow_template_sharing'): Whether the profile's templates may be shared
            billing_contact (Optional[Dict[str, Any]], optional, body 'billing_contact'): Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization".
            billing_model (Optional[str], optional, body 'billing_model'): Billing model: profile, organization, or profile_and_organization (optional).
            brand (Optional[Dict[str, Any]], optional, body 'brand'): Brand and KYC data grouped into contact, business, and compliance sections
            description (Optional[str], optional, body 'description'): Profile description (optional)
            icon (Optional[str], optional, body 'icon'): Profile icon URL (optional)
            inherit_contacts (Optional[bool], optional, body 'inherit_contacts'): Whether the profile uses the organization's contacts
            inherit_tcr_brand (Optional[bool], optional, body 'inherit_tcr_brand'): Whether this profile inherits TCR brand from organization (optional)
            inherit_tcr_campaign (Optional[bool], optional, body 'inherit_tcr_campaign'): Whether this profile inherits TCR campaign from organization (optional)
            inherit_templates (Optional[bool], optional, body 'inherit_templates'): Whether the profile uses the organization's templates
            name (Optional[str], optional, body 'name'): Profile name (optional)
            payment_details (Optional[Dict[str, Any]], optional, body 'payment_details'): Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sending_phone_number (Optional[str], optional, body 'sending_phone_number'): Direct phone number for SMS sending (optional)
            sending_phone_number_profile_id (Optional[str], optional, body 'sending_phone_number_profile_id'): Deprecated.
            sending_whatsapp_number_profile_id (Optional[str], optional, body 'sending_whatsapp_number_profile_id'): Profile whose WhatsApp number this profile sends from
            short_name (Optional[str], optional, body 'short_name'): Profile short name/abbreviation (optional).
            whatsapp_phone_number (Optional[str], optional, body 'whatsapp_phone_number'): Direct phone number for WhatsApp sending (optional)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileUpdateRequest (the body parameters): Body of profiles.update

        Returns:
            ProfileDetail: ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/profiles/{profileId}

        Example:
            client.profiles.update(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                allow_contact_sharing=True,
                allow_number_change_during_onboarding=True,
                allow_template_sharing=True,
                billing_contact='billing_contact_example',
                billing_model='billing_model_example',
                brand='brand_example',
                description='description_example',
                icon='icon_example',
                inherit_contacts=True,
                inherit_tcr_brand=True,
                inherit_tcr_campaign=True,
                inherit_templates=True,
                name='name_example',
                payment_details='payment_details_example',
                sandbox=True,
                sending_phone_number='sending_phone_number_example',
                sending_phone_number_profile_id='sending_phone_number_profile_id_example',
                sending_whatsapp_number_profile_id='sending_whatsapp_number_profile_id_example',
                short_name='short_name_example',
                whatsapp_phone_number='whatsapp_phone_number_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_number_change_during_onboarding: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        sending_phone_number: Optional[str] = None,
        sending_phone_number_profile_id: Optional[str] = None,
        sending_whatsapp_number_profile_id: Optional[str] = None,
        short_name: Optional[str] = None,
        whatsapp_phone_number: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ProfileDetail]:
        """update, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class ProfilesCampaignsResource(Resource):
    """10DLC campaigns under a profile's brand (deprecated with profiles)."""
    def create(
        self,
        profile_id: str,
        *,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> BrandCampaign:
        """Create a campaign under a profile's brand

        Creates a new campaign scoped under the brand of the specified profile. Each campaign must
        include at least one use case with sample messages.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            campaign (Dict[str, Any], required, body 'campaign'): Campaign data for create or update operation
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            CampaignRequest (the body parameters): Body of profiles.campaigns.create and profiles.campaigns.update

        Returns:
            BrandCampaign: BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: POST /v3/profiles/{profileId}/campaigns

        Example:
            client.profiles.campaigns.create(
                profile_id='profileId_example',
                campaign='campaign_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_with_http_info(
        self,
        profile_id: str,
        *,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[BrandCampaign]:
        """create, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def delete(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a campaign from a profile's brand

        Deletes a campaign by ID from the brand of the specified profile. The profile must belong to the
        authenticated organization.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            campaign_id (str, required, path 'campaignId'): Identifier of the campaign
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: campaign_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/profiles/{profileId}/campaigns/{campaignId}

        Example:
            client.profiles.campaigns.delete(
                campaign_id='campaignId_example',
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def delete_with_http_info(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """delete, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(self, profile_id: str, *, x_profile_id: Optional[str] = None) -> List[BrandCampaign]:
        """List the campaigns of a profile's brand, with use cases and sample messages

        Retrieves all campaigns linked to the profile's brand, including use cases and sample messages.
        Returns inherited campaigns if inherit_tcr_campaign=true.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            List[BrandCampaign]: a list of BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: GET /v3/profiles/{profileId}/campaigns

        Example:
            client.profiles.campaigns.list(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[List[BrandCampaign]]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> BrandCampaign:
        """Change a campaign of a profile's brand (not once submitted to TCR)

        Updates an existing campaign under the brand of the specified profile. Cannot update campaigns
        that have already been submitted to TCR.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            campaign_id (str, required, path 'campaignId'): Identifier of the campaign
            profile_id (str, required, path 'profileId'): Identifier of the profile
            campaign (Dict[str, Any], required, body 'campaign'): Campaign data for create or update operation
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            CampaignRequest (the body parameters): Body of profiles.campaigns.create and profiles.campaigns.update

        Returns:
            BrandCampaign: BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: campaign_id may also be passed by position, in this order.

        Endpoint: PUT /v3/profiles/{profileId}/campaigns/{campaignId}

        Example:
            client.profiles.campaigns.update(
                campaign_id='campaignId_example',
                profile_id='profileId_example',
                campaign='campaign_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_with_http_info(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[BrandCampaign]:
        """update, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class TemplatesResource(Resource):
    """Reusable message bodies with named variables, reviewed per channel."""
    def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        auto_create_for_sp: Optional[bool] = None,
        category: Optional[str] = None,
        creation_source: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Template:
        """Create a template: header, body, footer and buttons

        Creates a new message template with header, body, footer, and buttons.

        The template can be submitted for review immediately or saved as draft for later submission.
        There is no `name` field on create — the display name is derived from the template's content and
        can be changed afterwards with `PUT /v3/templates/{id}`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            auto_create_for_sp (Optional[bool], optional, body 'auto_create_for_sp'): Create this template automatically on every sender profile of the organization, now and in future (default: false). Accepted only from an organization that has been enabled for it, and only at creation — it cannot be changed afterwards.
            category (Optional[str], optional, body 'category'): Template category: MARKETING, UTILITY, AUTHENTICATION (optional, auto-detected if not provided)
            creation_source (Optional[str], optional, body 'creation_source'): Source of template creation (default: from-api)
            definition (Optional[Dict[str, Any]], optional, body 'definition'): Complete definition of a message template including header, body, footer, and buttons
            language (Optional[str], optional, body 'language'): Template language code (e.g., en_US) (optional, auto-detected if not provided)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            submit_for_review (Optional[bool], optional, body 'submit_for_review'): Whether to submit the template for review after creation (default: false)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateCreateRequest (the body parameters): Body of templates.create

        Returns:
            Template: Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/templates

        Example:
            client.templates.create(
                x_profile_id='x-profile-id_example',
                auto_create_for_sp=True,
                category='category_example',
                creation_source='creation_source_example',
                definition='definition_example',
                language='language_example',
                sandbox=True,
                submit_for_review=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        auto_create_for_sp: Optional[bool] = None,
        category: Optional[str] = None,
        creation_source: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Template]:
        """create, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def delete(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        delete_from_meta: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a template

        Deletes a template by ID.

        Optionally, you can also delete the template from WhatsApp/Meta by setting
        delete_from_meta=true.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            delete_from_meta (Optional[bool], optional, body 'delete_from_meta'): Whether to also delete the template from WhatsApp/Meta (optional, defaults to false)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateDeleteRequest (the body parameters): Body of templates.delete

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/templates/{id}

        Example:
            client.templates.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                delete_from_meta=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def delete_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        delete_from_meta: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """delete, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(
        self,
        *,
        category: Optional[str] = None,
        is_welcome_playground: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        status: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> TemplatePage:
        """List your templates, page by page, optionally filtered by status, category or search term

        Retrieves a paginated list of message templates for the authenticated customer. Supports
        filtering by status, category, and search term.

        Args:
            category (Optional[str], optional, query 'category'): Optional category filter: MARKETING, UTILITY, AUTHENTICATION
            is_welcome_playground (Optional[bool], optional, query 'is_welcome_playground'): Accepted and ignored.
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Optional search term for filtering templates
            status (Optional[str], optional, query 'status'): Optional status filter: APPROVED, PENDING, REJECTED
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            TemplatePage: TemplatePage: One page of templates
                .templates (Optional[List[Template]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .templates of the result.

        Endpoint: GET /v3/templates{?category,is_welcome_playground,page,page_size,search,status}

        Example:
            client.templates.list(
                category='category_example',
                is_welcome_playground=True,
                page=1,
                page_size=1,
                search='search_example',
                status='status_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        *,
        category: Optional[str] = None,
        is_welcome_playground: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        status: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[TemplatePage]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_list(
        self,
        *,
        category: Optional[str] = None,
        is_welcome_playground: Optional[bool] = None,
        search: Optional[str] = None,
        status: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> Paginator[Template]:
        """Every item of list(), page after page: List your templates, page by page, optionally filtered by status, category or search term.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (category, is_welcome_playground, search, status, x_profile_id) are those of list().

        Returns:
            Paginator[Template]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Template:
        """Retrieve a template, with its definition and review status

        Retrieves a specific template by its ID.

        Returns template details including name, category, language, status, and definition.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Template: Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/templates/{id}

        Example:
            client.templates.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Template]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        category: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        name: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Template:
        """Update a template's name, category, language or definition, or submit it for review

        Updates an existing template's name, category, language, definition, or submits it for review.
        While the template is in review (status PENDING, or any channel awaiting a verdict) its
        definition, category and language are frozen and a resubmission is refused — those requests
        answer 409 CONFLICT_006. The display name stays editable throughout.

        `definition`, `category` and `language` are editable only from status DRAFT, REJECTED or
        APPROVED. An edit to any of them on a template in another state (PAUSED, DISABLED or REVOKED) is
        refused with 400 VALIDATION_001 and the detail "Template (except display name) cannot be updated
        unless it is in draft or rejected status"; `name` stays editable in every state.
        `submit_for_review` on a PAUSED, DISABLED or REVOKED template is accepted and answers 200, but
        opens no review and does not move the status — only the reviewer can reinstate it.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            category (Optional[str], optional, body 'category'): Template category: MARKETING, UTILITY, AUTHENTICATION
            definition (Optional[Dict[str, Any]], optional, body 'definition'): Complete definition of a message template including header, body, footer, and buttons
            language (Optional[str], optional, body 'language'): Template language code (e.g., en_US)
            name (Optional[str], optional, body 'name'): Template display name
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            submit_for_review (Optional[bool], optional, body 'submit_for_review'): Whether to submit the template for review after updating (default: false)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateUpdateRequest (the body parameters): Body of templates.update

        Returns:
            Template: Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: PUT /v3/templates/{id}

        Example:
            client.templates.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                category='category_example',
                definition='definition_example',
                language='language_example',
                name='name_example',
                sandbox=True,
                submit_for_review=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        category: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        name: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Template]:
        """update, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class UsersResource(Resource):
    """The people who can sign in to your organization, and the role of each."""
    def invite(
        self,
        *,
        x_profile_id: Optional[str] = None,
        email: Optional[str] = None,
        name: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> User:
        """Invite a user to the organization or profile with a role

        Sends an invitation to a user to join the organization or profile with a specific role. Requires
        admin role. The user will receive an invitation email with a token to accept. Invitation tokens
        expire after 7 days.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            email (Optional[str], optional, body 'email'): User email address (required)
            name (Optional[str], optional, body 'name'): User full name (required)
            role (Optional[str], optional, body 'role'): User role: admin, billing, or developer (required)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            UserInviteRequest (the body parameters): Body of users.invite

        Returns:
            User: User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/users

        Example:
            client.users.invite(
                x_profile_id='x-profile-id_example',
                email='email_example',
                name='name_example',
                role='role_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def invite_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        email: Optional[str] = None,
        name: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[User]:
        """invite, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(self, *, x_profile_id: Optional[str] = None) -> UserList:
        """List the users who have access to the organization or profile of the key

        Retrieves all users who have access to the organization or profile identified by the API key,
        including their roles and status. Shows invited users (pending acceptance) and active users.
        Requires developer role or higher.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            UserList: UserList: The users in the organization.
                .pagination (Optional[PaginationMeta])
                .users (Optional[List[User]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/users

        Example:
            client.users.list(
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(self, *, x_profile_id: Optional[str] = None) -> ApiResponse[UserList]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def remove(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Remove a user's access to the organization or profile

        Removes a user's access to an organization or profile.

        Requires admin role. You cannot remove yourself or remove the last admin.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: user_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/users/{userId}

        Example:
            client.users.remove(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def remove_with_http_info(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """remove, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def retrieve(self, user_id: str, *, x_profile_id: Optional[str] = None) -> User:
        """Retrieve a user of the organization or profile

        Retrieves detailed information about a specific user in an organization or profile. Requires
        developer role or higher.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            User: User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found

        Positional: user_id may also be passed by position, in this order.

        Endpoint: GET /v3/users/{userId}

        Example:
            client.users.retrieve(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[User]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update_role(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> User:
        """Change a user's role

        Updates a user's role in the organization or profile.

        Requires admin role. You cannot change your own role or demote the last admin.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            role (Optional[str], optional, body 'role'): User role: admin, billing, or developer (required)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            UserUpdateRoleRequest (the body parameters): Body of users.update_role

        Returns:
            User: User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: user_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/users/{userId}

        Example:
            client.users.update_role(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
                role='role_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_role_with_http_info(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[User]:
        """update_role, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class VoiceResource(Resource):
    """Phone calls (grouping resource)."""
    calls: VoiceCallsResource
    tokens: VoiceTokensResource

class VoiceCallsResource(Resource):
    """Phone calls from the numbers you hold, driven by your own callback URL."""
    participants: VoiceCallsParticipantsResource
    def hangup(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Hang up one of your live calls

        Ends one of your live calls.

        The call then ends the way any other call does once the disconnect is reported: an answered call
        as COMPLETED with call.completed, a call still ringing as NO_ANSWER, REJECTED or FAILED with
        call.failed. A call that has already ended answers 409, and so does a call with no phone leg,
        such as one between two app users.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/hangup

        Example:
            client.voice.calls.hangup(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def hangup_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """hangup, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(
        self,
        *,
        direction: Optional[str] = None,
        from_: Optional[Union[str, datetime]] = None,
        number: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        status: Optional[str] = None,
        to: Optional[Union[str, datetime]] = None,
        x_profile_id: Optional[str] = None,
    ) -> CallPage:
        """List your calls, page by page, most recent first

        Retrieves a paginated list of your calls, most recent first.

        Filter by direction, status, the owning number, and the time the call started (from and to are
        inclusive). Use the call webhooks for real-time updates; this list is for looking calls up
        afterwards.

        Args:
            direction (Optional[str], optional, query 'direction'): Optional direction filter: outbound for calls placed from your app, inbound for calls to one of your numbers
            from_ (Optional[Union[str, datetime]], optional, query 'from', format=date-time): Only calls started at or after this time (ISO 8601)
            number (Optional[str], optional, query 'number'): Optional filter on the number that owns the call, one of your voice-enabled numbers in E.164 format
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            status (Optional[str], optional, query 'status'): Optional status filter: initiated, ringing, answered, completed, failed, no_answer or rejected
            to (Optional[Union[str, datetime]], optional, query 'to', format=date-time): Only calls started at or before this time (ISO 8601)
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            CallPage: CallPage: One page of calls
                .calls (Optional[List[Call]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .calls of the result.

        Endpoint: GET /v3/voice/calls{?direction,from,number,page,page_size,status,to}

        Example:
            client.voice.calls.list(
                direction='direction_example',
                from_='2024-01-01T12:00:00Z',
                number='number_example',
                page=1,
                page_size=1,
                status='status_example',
                to='2024-01-01T12:00:00Z',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        *,
        direction: Optional[str] = None,
        from_: Optional[Union[str, datetime]] = None,
        number: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        status: Optional[str] = None,
        to: Optional[Union[str, datetime]] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[CallPage]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_list(
        self,
        *,
        direction: Optional[str] = None,
        from_: Optional[Union[str, datetime]] = None,
        number: Optional[str] = None,
        status: Optional[str] = None,
        to: Optional[Union[str, datetime]] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> Paginator[Call]:
        """Every item of list(), page after page: List your calls, page by page, most recent first.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (direction, from_, number, status, to, x_profile_id) are those of list().

        Returns:
            Paginator[Call]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    def list_recordings(self, id: str, *, x_profile_id: Optional[str] = None) -> CallRecordings:
        """List the recordings of one of your calls, as pre-signed links

        Returns pre-signed links to the recordings of one of your calls, each valid until its
        url_expires_at. A recording appears once the call was recorded, by a connect answer with record
        set, a startRecording instruction or the recordings command, and the call.recording_ready
        webhook has been sent; until then, and for a call that was never recorded, the list is empty. A
        call recorded more than once lists every recording, oldest first, each under the recording_id
        its call.recording_ready webhook carried.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            CallRecordings: CallRecordings: The recordings of a call, each as a short-lived download link
                .recordings (Optional[List[CallRecording]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}/recordings

        Example:
            client.voice.calls.list_recordings(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_recordings_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[CallRecordings]:
        """list_recordings, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def record(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        action: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Start or stop recording one of your live calls

        Starts or stops recording one of your live calls.

        Use start to begin recording mid-call, or stop to end a recording, whether it was started here
        or by a connect answer with record set. A call that has already ended answers 409, and so does a
        call with no phone leg, such as one between two app users, which can't be recorded.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            action (Optional[str], optional, body 'action'): start to begin recording, stop to end it
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            CallRecordRequest (the body parameters): Body of voice.calls.record

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/recordings

        Example:
            client.voice.calls.record(
                id='id_example',
                x_profile_id='x-profile-id_example',
                action='action_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def record_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        action: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """record, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Call:
        """Retrieve one of your calls: parties, status, duration, price and timeline

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Call: Call: A call record
                .id (Optional[str])
                .answered_at (Optional[datetime])
                .direction (Optional[str])
                .duration_seconds (Optional[int])
                .ended_at (Optional[datetime])
                .failure_reason (Optional[str])
                .from_ (Optional[CallParty])
                .mode (Optional[str])
                .number (Optional[str])
                .price (Optional[float])
                .recording_available (Optional[bool])
                .started_at (Optional[datetime])
                .status (Optional[str])
                .timeline (Optional[List[CallTimelineEntry]])
                .to (Optional[CallParty])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}

        Example:
            client.voice.calls.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Call]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class VoiceCallsParticipantsResource(Resource):
    """Who is in the conference room of a live call: add, mute, remove."""
    def add(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        caller_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        to: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> Call:
        """Dial an app user or a phone number into the conference room of a call

        Dials one of your app users or a phone number into a call that is in a conference room, and
        answers with the participant's own call record. The participant is a call of their own: it has
        its own id, can be looked up and hung up, and is billed and reported through call.completed and
        call.failed like any other call. Every participant needs a positive balance. A phone participant
        is called from caller_id, which must be one of your numbers, or from the call's owning number
        when omitted, and needs a destination you may call.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            caller_id (Optional[str], optional, body 'caller_id'): The number shown to a phone participant as the caller, in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            to (Optional[Dict[str, Any]], optional, body 'to'): A participant to add to a call
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            ParticipantAddRequest (the body parameters): Body of voice.calls.participants.add

        Returns:
            Call: Call: A call record
                .id (Optional[str])
                .answered_at (Optional[datetime])
                .direction (Optional[str])
                .duration_seconds (Optional[int])
                .ended_at (Optional[datetime])
                .failure_reason (Optional[str])
                .from_ (Optional[CallParty])
                .mode (Optional[str])
                .number (Optional[str])
                .price (Optional[float])
                .recording_available (Optional[bool])
                .started_at (Optional[datetime])
                .status (Optional[str])
                .timeline (Optional[List[CallTimelineEntry]])
                .to (Optional[CallParty])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.add(
                id='id_example',
                x_profile_id='x-profile-id_example',
                caller_id='caller_id_example',
                sandbox=True,
                to='to_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def add_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        caller_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        to: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Call]:
        """add, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(self, id: str, *, x_profile_id: Optional[str] = None) -> List[CallParticipant]:
        """List who is in the conference room of a live call

        Lists who is in the conference room one of your live calls is in: each participant's own call
        id, who they are, whether the room mutes them, and how long they have been connected. The call
        itself is one of the participants. Use a participant's id to mute or remove them; it is also a
        call id, so GET /v3/voice/calls/{id} accepts it. A call that has ended answers 409, as does a
        call that is not in a conference.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            List[CallParticipant]: a list of CallParticipant: A participant of a conference call
                .id (Optional[str])
                .duration_seconds (Optional[int])
                .kind (Optional[str])
                .muted (Optional[bool])
                .value (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.list(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[List[CallParticipant]]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def remove(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> None:
        """Remove one participant from the conference room of a live call

        Removes one participant from the conference room a live call is in, named by the participant's
        own call id from the participants list. Their leg ends and is reported through call.completed
        like any other call; everyone else stays connected. A participant who is not in this call's room
        answers 404. A call that has ended answers 409, as does a call that is not in a conference.

        Args:
            participant_id (str, required, path 'participantId'): The participant's own call id, from the participants list
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: participant_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/voice/calls/{id}/participants/{participantId}

        Example:
            client.voice.calls.participants.remove(
                participant_id='participantId_example',
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    def remove_with_http_info(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> ApiResponse[None]:
        """remove, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def remove_all(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> None:
        """Remove every participant from the conference room of a live call, the call included

        Removes every participant from the conference room a live call is in, the call itself included.
        Every leg ends and is reported through call.completed like any other call. A room that is
        already empty answers 204 as well. A call that has ended answers 409, as does a call that is not
        in a conference.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.remove_all(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    def remove_all_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> ApiResponse[None]:
        """remove_all, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        muted: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Mute or unmute one participant of the conference room of a live call

        Mutes or unmutes one participant of the conference room a live call is in, named by the
        participant's own call id from the participants list: send muted true to silence them, muted
        false to let them be heard again. Muting a participant who is already muted succeeds, as does
        unmuting one who is not. A participant who is not in this call's room answers 404. A call that
        has ended answers 409, as does a call that is not in a conference.

        Args:
            participant_id (str, required, path 'participantId'): The participant's own call id, from the participants list
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            muted (Optional[bool], optional, body 'muted'): true to mute the participant, false to unmute them
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            ParticipantUpdateRequest (the body parameters): Body of voice.calls.participants.update

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: participant_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/voice/calls/{id}/participants/{participantId}

        Example:
            client.voice.calls.participants.update(
                participant_id='participantId_example',
                id='id_example',
                x_profile_id='x-profile-id_example',
                muted=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_with_http_info(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        muted: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """update, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class VoiceTokensResource(Resource):
    """Short-lived tokens that let a user of your app place and receive calls."""
    def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        identity: Optional[str] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        ttl: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceToken:
        """Mint a short-lived token that lets one of your app users place and receive calls

        Mints a short-lived token for one of your app users.

        Call this from your backend and return the token to your app, which passes it to the voice
        client SDK to register. The identity is bound to the given number, or to your default app-call
        number when omitted, and calls placed by that identity are routed through the bound number.
        Minting again re-binds the identity, so an identity can move between numbers.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            identity (Optional[str], optional, body 'identity'): Your identifier for the app user, such as an agent or account id.
            number (Optional[str], optional, body 'number'): One of your voice-enabled phone numbers in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            ttl (Optional[int], optional, body 'ttl'): Token lifetime in seconds. Defaults to 600 and cannot exceed 3600.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            TokenCreateRequest (the body parameters): Body of voice.tokens.create

        Returns:
            VoiceToken: VoiceToken: A short-lived token your app passes to the voice client SDK to register
                .token (Optional[str])
                .expires_at (Optional[datetime])
                .identity (Optional[str])
                .number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Endpoint: POST /v3/voice/tokens

        Example:
            client.voice.tokens.create(
                x_profile_id='x-profile-id_example',
                identity='identity_example',
                number='number_example',
                sandbox=True,
                ttl=1,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        identity: Optional[str] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        ttl: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceToken]:
        """create, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class WebhooksResource(Resource):
    """Delivery reports and inbound messages, pushed to your HTTPS endpoint."""
    def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> Webhook:
        """Create a webhook: an HTTPS endpoint that receives your events

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            display_name (Optional[str], optional, body 'display_name'): Name shown in the dashboard
            endpoint_url (Optional[str], optional, body 'endpoint_url'): Public HTTPS URL the events are posted to
            event_filters (Optional[Dict[str, Any]], optional, body 'event_filters'): Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}
            event_types (Optional[List[str]], optional, body 'event_types'): The event types (parents such as message, templates) delivered to it
            retry_count (Optional[int], optional, body 'retry_count', minimum=1, maximum=5): How many times a failed delivery is retried
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sender_profile (Optional[Dict[str, Any]], optional, body 'sender_profile'): Request-only: the events an organization webhook's sender profile clones receive, one clone per existing and future profile. Responses never return it.
            timeout_seconds (Optional[int], optional, body 'timeout_seconds', minimum=5, maximum=120): Seconds to wait for the endpoint to answer a delivery
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            WebhookRequest (the body parameters): Body of webhooks.create and webhooks.update

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/webhooks

        Example:
            client.webhooks.create(
                x_profile_id='x-profile-id_example',
                display_name='display_name_example',
                endpoint_url='endpoint_url_example',
                event_filters={},
                event_types=[],
                retry_count=3,
                sandbox=True,
                sender_profile='sender_profile_example',
                timeout_seconds=30,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """create, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def delete(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/webhooks/{id}

        Example:
            client.webhooks.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def delete_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """delete, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list(
        self,
        *,
        is_active: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> WebhookPage:
        """List your webhooks, page by page

        Args:
            is_active (Optional[bool], optional, query 'is_active'): Only active (true) or inactive (false) ones
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Only those matching this search term
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            WebhookPage: WebhookPage: One page of webhooks
                .webhooks (Optional[List[Webhook]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .webhooks of the result.

        Endpoint: GET /v3/webhooks{?is_active,page,page_size,search}

        Example:
            client.webhooks.list(
                is_active=True,
                page=1,
                page_size=1,
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_with_http_info(
        self,
        *,
        is_active: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[WebhookPage]:
        """list, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_list(
        self,
        *,
        is_active: Optional[bool] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> Paginator[Webhook]:
        """Every item of list(), page after page: List your webhooks, page by page.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (is_active, search, x_profile_id) are those of list().

        Returns:
            Paginator[Webhook]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    def list_event_types(self, *, x_profile_id: Optional[str] = None) -> WebhookEventTypeList:
        """List the event types a webhook can subscribe to

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            WebhookEventTypeList: WebhookEventTypeList: The webhook event types a customer can subscribe to.
                .event_types (Optional[List[WebhookEventType]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/webhooks/event-types

        Example:
            client.webhooks.list_event_types(
                x_profile_id='x-profile-id_example',
            )
        """
    def list_event_types_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[WebhookEventTypeList]:
        """list_event_types, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def list_events(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> WebhookEventRecordPage:
        """List a webhook's deliveries, page by page

        Retrieves a paginated list of delivery events for the specified webhook.

        If the webhook is cloned onto your sender profiles, the list includes what those clones
        received; read payload.account_id to tell whose event it is.

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Only those matching this search term
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            WebhookEventRecordPage: WebhookEventRecordPage: One page of events
                .events (Optional[List[WebhookEventRecord]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Pagination: page is the page number, page_size the page size. The items are .events of the result.

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/webhooks/{id}/events{?page,page_size,search}

        Example:
            client.webhooks.list_events(
                id='id_example',
                page=1,
                page_size=1,
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def list_events_with_http_info(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[WebhookEventRecordPage]:
        """list_events, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_list_events(
        self,
        id: str,
        *,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> Paginator[WebhookEventRecord]:
        """Every item of list_events(), page after page: List a webhook's deliveries, page by page.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (id, search, x_profile_id) are those of list_events().

        Returns:
            Paginator[WebhookEventRecord]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Webhook:
        """Retrieve a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/webhooks/{id}

        Example:
            client.webhooks.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """retrieve, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def rotate_secret(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> WebhookSecret:
        """Rotate a webhook's signing secret and return the new one

        Generates a new signing secret for the specified webhook.

        The old secret is immediately invalidated.

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            WebhookSecret: WebhookSecret: A webhook's new signing secret
                .signing_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/webhooks/{id}/rotate-secret

        Example:
            client.webhooks.rotate_secret(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def rotate_secret_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[WebhookSecret]:
        """rotate_secret, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def test(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        event_type: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> WebhookTestResult:
        """Send a test event to a webhook's endpoint

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            event_type (Optional[str], optional, body 'event_type'): The event type
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            WebhookTestRequest (the body parameters): Body of webhooks.test

        Returns:
            WebhookTestResult: WebhookTestResult: The outcome of a test event sent to a webhook
                .message (Optional[str])
                .success (Optional[bool])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/webhooks/{id}/test

        Example:
            client.webhooks.test(
                id='id_example',
                x_profile_id='x-profile-id_example',
                event_type='event_type_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def test_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        event_type: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[WebhookTestResult]:
        """test, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def toggle_status(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        is_active: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Webhook:
        """Turn a webhook on or off

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            is_active (Optional[bool], optional, body 'is_active'): Whether it is active
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            WebhookToggleStatusRequest (the body parameters): Body of webhooks.toggle_status

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: PATCH /v3/webhooks/{id}/toggle-status

        Example:
            client.webhooks.toggle_status(
                id='id_example',
                x_profile_id='x-profile-id_example',
                is_active=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def toggle_status_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        is_active: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """toggle_status, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> Webhook:
        """Change a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            display_name (Optional[str], optional, body 'display_name'): Name shown in the dashboard
            endpoint_url (Optional[str], optional, body 'endpoint_url'): Public HTTPS URL the events are posted to
            event_filters (Optional[Dict[str, Any]], optional, body 'event_filters'): Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}
            event_types (Optional[List[str]], optional, body 'event_types'): The event types (parents such as message, templates) delivered to it
            retry_count (Optional[int], optional, body 'retry_count', minimum=1, maximum=5): How many times a failed delivery is retried
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sender_profile (Optional[Dict[str, Any]], optional, body 'sender_profile'): Request-only: the events an organization webhook's sender profile clones receive, one clone per existing and future profile. Responses never return it.
            timeout_seconds (Optional[int], optional, body 'timeout_seconds', minimum=5, maximum=120): Seconds to wait for the endpoint to answer a delivery
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            WebhookRequest (the body parameters): Body of webhooks.create and webhooks.update

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: PUT /v3/webhooks/{id}

        Example:
            client.webhooks.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                display_name='display_name_example',
                endpoint_url='endpoint_url_example',
                event_filters={},
                event_types=[],
                retry_count=3,
                sandbox=True,
                sender_profile='sender_profile_example',
                timeout_seconds=30,
                idempotency_key='Idempotency-Key_example',
            )
        """
    def update_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """update, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class Resources:
    """The resource attributes of a Client."""
    channels: ChannelsResource
    contacts: ContactsResource
    conversations: ConversationsResource
    me: MeResource
    messages: MessagesResource
    numbers: NumbersResource
    profiles: ProfilesResource
    templates: TemplatesResource
    users: UsersResource
    voice: VoiceResource
    webhooks: WebhooksResource

class AsyncChannelsResource(AsyncResource):
    """The channels you send from (grouping resource)."""
    voice: AsyncChannelsVoiceResource

class AsyncChannelsVoiceResource(AsyncResource):
    """Voice numbers: turn phone calls on for a number you hold, set its callback URL and signing secret."""
    async def create(
        self,
        *,
        callback_url: str,
        x_profile_id: Optional[str] = None,
        area_code: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceNumberCreated:
        """Turn phone calls on for a number you hold, or get a new number with voice

        Adds voice to one of the numbers you hold, or gives you a new one.

        Send `number` for a number that is already yours (see `GET /v3/channels`); leave it out to be
        given a new US number, optionally in a particular `area_code`. Sending both is refused. Nothing
        registers, so the number can carry calls as soon as this returns.

        What happens on a call is decided by your `callback_url`: when a call arrives on the number, or
        a caller presses a key on a menu, Sent POSTs a signed question there and follows the answer. The
        response carries the `callback_secret` the questions are signed with, the one time it is shown
        without rotating; verify a question the way you verify a webhook. `POST
        /v3/channels/voice/{number}/test` sends a test question and reports the verdict.

        Args:
            callback_url (str, required, body 'callback_url'): Where Sent asks what to do with each call on this number: an absolute HTTP or HTTPS URL on a public host. A signed question is POSTed here when a call arrives or a caller presses a key, and the answer decides the call.
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            area_code (Optional[str], optional, body 'area_code'): The US area code a new number should be in, as 212.
            default_for_app_calls (Optional[bool], optional, body 'default_for_app_calls'): Make this the line app-originated calls are placed from when a voice token names no number. Omit it and your first voice number takes that role; a later one leaves it where it is.
            number (Optional[str], optional, body 'number'): One of your phone numbers, in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            VoiceCreateRequest (the body parameters): Body of channels.voice.create

        Returns:
            VoiceNumberCreated: VoiceNumberCreated: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .callback_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Endpoint: POST /v3/channels/voice

        Example:
            client.channels.voice.create(
                callback_url='callback_url_example',
                x_profile_id='x-profile-id_example',
                area_code='area_code_example',
                default_for_app_calls=True,
                number='number_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_with_http_info(
        self,
        *,
        callback_url: str,
        x_profile_id: Optional[str] = None,
        area_code: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceNumberCreated]:
        """Turn phone calls on for a number you hold, or get a new number with voice

        Adds voice to one of the numbers you hold, or gives you a new one.

        Send `number` for a number that is already yours (see `GET /v3/channels`); leave it out to be
        given a new US number, optionally in a particular `area_code`. Sending both is refused. Nothing
        registers, so the number can carry calls as soon as this returns.

        What happens on a call is decided by your `callback_url`: when a call arrives on the number, or
        a caller presses a key on a menu, Sent POSTs a signed question there and follows the answer. The
        response carries the `callback_secret` the questions are signed with, the one time it is shown
        without rotating; verify a question the way you verify a webhook. `POST
        /v3/channels/voice/{number}/test` sends a test question and reports the verdict.

        Args:
            callback_url (str, required, body 'callback_url'): Where Sent asks what to do with each call on this number: an absolute HTTP or HTTPS URL on a public host. A signed question is POSTed here when a call arrives or a caller presses a key, and the answer decides the call.
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            area_code (Optional[str], optional, body 'area_code'): The US area code a new number should be in, as 212.
            default_for_app_calls (Optional[bool], optional, body 'default_for_app_calls'): Make this the line app-originated calls are placed from when a voice token names no number. Omit it and your first voice number takes that role; a later one leaves it where it is.
            number (Optional[str], optional, body 'number'): One of your phone numbers, in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            VoiceCreateRequest (the body parameters): Body of channels.voice.create

        Returns:
            ApiResponse[VoiceNumberCreated]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is VoiceNumberCreated: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .callback_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Endpoint: POST /v3/channels/voice

        Example:
            client.channels.voice.create(
                callback_url='callback_url_example',
                x_profile_id='x-profile-id_example',
                area_code='area_code_example',
                default_for_app_calls=True,
                number='number_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(self, *, x_profile_id: Optional[str] = None) -> List[VoiceNumber]:
        """List every number you turned phone calls on for, oldest first

        Every number you turned phone calls on for, active or inactive, oldest first. Each entry carries
        the number's status, whether it is the default line for calls placed from your app, and its
        callback URL. The signing secret is never on a read; it is shown when voice is turned on and by
        `POST /v3/channels/voice/{number}/rotate-secret`.

        The same entries `GET /v3/channels` reports under `voice`, and the same shape `GET
        /v3/channels/voice/{number}` returns for one of them. Change a number with `PATCH
        /v3/channels/voice/{number}`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            List[VoiceNumber]: a list of VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/channels/voice

        Example:
            client.channels.voice.list(
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[List[VoiceNumber]]:
        """List every number you turned phone calls on for, oldest first

        Every number you turned phone calls on for, active or inactive, oldest first. Each entry carries
        the number's status, whether it is the default line for calls placed from your app, and its
        callback URL. The signing secret is never on a read; it is shown when voice is turned on and by
        `POST /v3/channels/voice/{number}/rotate-secret`.

        The same entries `GET /v3/channels` reports under `voice`, and the same shape `GET
        /v3/channels/voice/{number}` returns for one of them. Change a number with `PATCH
        /v3/channels/voice/{number}`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[List[VoiceNumber]]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is a list of VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/channels/voice

        Example:
            client.channels.voice.list(
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve(self, number: str, *, x_profile_id: Optional[str] = None) -> VoiceNumber:
        """Read one of your voice numbers: status, default line and callback URL

        Reads one of your voice numbers, active or inactive: its status, whether it is the default line
        for calls placed from your app, and its callback URL. The signing secret is not on this read.

        The same shape `GET /v3/channels/voice` lists, and the same shape `PATCH` on this path accepts
        and returns, so what comes back can be sent back.

        The number is the E.164 value in the path with the plus sign URL-encoded (`%2B`).

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            VoiceNumber: VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: GET /v3/channels/voice/{number}

        Example:
            client.channels.voice.retrieve(
                number='number_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[VoiceNumber]:
        """Read one of your voice numbers: status, default line and callback URL

        Reads one of your voice numbers, active or inactive: its status, whether it is the default line
        for calls placed from your app, and its callback URL. The signing secret is not on this read.

        The same shape `GET /v3/channels/voice` lists, and the same shape `PATCH` on this path accepts
        and returns, so what comes back can be sent back.

        The number is the E.164 value in the path with the plus sign URL-encoded (`%2B`).

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[VoiceNumber]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: GET /v3/channels/voice/{number}

        Example:
            client.channels.voice.retrieve(
                number='number_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def rotate_secret(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceSecret:
        """Rotate the secret that signs the questions sent to a voice number's callback URL

        Generates a new signing secret for the questions Sent sends to this number's callback URL and
        returns it. The previous secret stops signing immediately, so update your backend before the
        next call reaches it. The number is the E.164 value in the path with the plus sign URL-encoded
        (`%2B`).

        With `sandbox: true` a secret is generated and returned with `202`, and nothing is written.

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            VoiceSecret: VoiceSecret: A freshly rotated callback signing secret
                .callback_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: POST /v3/channels/voice/{number}/rotate-secret

        Example:
            client.channels.voice.rotate_secret(
                number='number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def rotate_secret_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceSecret]:
        """Rotate the secret that signs the questions sent to a voice number's callback URL

        Generates a new signing secret for the questions Sent sends to this number's callback URL and
        returns it. The previous secret stops signing immediately, so update your backend before the
        next call reaches it. The number is the E.164 value in the path with the plus sign URL-encoded
        (`%2B`).

        With `sandbox: true` a secret is generated and returned with `202`, and nothing is written.

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[VoiceSecret]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is VoiceSecret: A freshly rotated callback signing secret
                .callback_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: POST /v3/channels/voice/{number}/rotate-secret

        Example:
            client.channels.voice.rotate_secret(
                number='number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def test(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceCallbackTest:
        """Send a signed test question to a voice number's callback URL and report the verdict

        Sends a synthetic call.request question, flagged "test": true, to the number's callback URL,
        signed with that number's real secret, and reports what came back. Use it to build and debug
        your callback endpoint without placing calls: no call is placed, nothing is billed, and nothing
        is stored. One attempt with the same deadline as a live call, no retry.

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            VoiceCallbackTest: VoiceCallbackTest: The verdict of a test question sent to your callback URL
                .answer (Optional[Dict[str, Any]])
                .call_id (Optional[str])
                .error (Optional[VoiceCallbackTestErrorInfo])
                .outcome (Optional[str])
                .request (Optional[VoiceCallbackTestRequestInfo])
                .response (Optional[VoiceCallbackTestResponseInfo])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: POST /v3/channels/voice/{number}/test

        Example:
            client.channels.voice.test(
                number='number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def test_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceCallbackTest]:
        """Send a signed test question to a voice number's callback URL and report the verdict

        Sends a synthetic call.request question, flagged "test": true, to the number's callback URL,
        signed with that number's real secret, and reports what came back. Use it to build and debug
        your callback endpoint without placing calls: no call is placed, nothing is billed, and nothing
        is stored. One attempt with the same deadline as a live call, no retry.

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[VoiceCallbackTest]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is VoiceCallbackTest: The verdict of a test question sent to your callback URL
                .answer (Optional[Dict[str, Any]])
                .call_id (Optional[str])
                .error (Optional[VoiceCallbackTestErrorInfo])
                .outcome (Optional[str])
                .request (Optional[VoiceCallbackTestRequestInfo])
                .response (Optional[VoiceCallbackTestResponseInfo])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: POST /v3/channels/voice/{number}/test

        Example:
            client.channels.voice.test(
                number='number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        callback_url: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        status: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceNumber:
        """Change a voice number's status, default line or callback URL

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            callback_url (Optional[str], optional, body 'callback_url'): A new callback URL for the number, active or not: an absolute HTTP or HTTPS URL on a public host, where Sent asks what to do with each call. The signing secret is kept.
            default_for_app_calls (Optional[bool], optional, body 'default_for_app_calls'): true makes this the line app-originated calls are placed from when a voice token names no number. false is refused: an account with active voice numbers always has exactly one default, so the default moves by giving it to another number.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            status (Optional[str], optional, body 'status', enum=['ACTIVE', 'INACTIVE']): ACTIVE turns calls on for the number again, INACTIVE turns them off.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            VoiceUpdateRequest (the body parameters): Body of channels.voice.update

        Returns:
            VoiceNumber: VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: PATCH /v3/channels/voice/{number}

        Example:
            client.channels.voice.update(
                number='number_example',
                x_profile_id='x-profile-id_example',
                callback_url='callback_url_example',
                default_for_app_calls=True,
                sandbox=True,
                status='ACTIVE',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_with_http_info(
        self,
        number: str,
        *,
        x_profile_id: Optional[str] = None,
        callback_url: Optional[str] = None,
        default_for_app_calls: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        status: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceNumber]:
        """Change a voice number's status, default line or callback URL

        Args:
            number (str, required, path 'number'): The voice number, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            callback_url (Optional[str], optional, body 'callback_url'): A new callback URL for the number, active or not: an absolute HTTP or HTTPS URL on a public host, where Sent asks what to do with each call. The signing secret is kept.
            default_for_app_calls (Optional[bool], optional, body 'default_for_app_calls'): true makes this the line app-originated calls are placed from when a voice token names no number. false is refused: an account with active voice numbers always has exactly one default, so the default moves by giving it to another number.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            status (Optional[str], optional, body 'status', enum=['ACTIVE', 'INACTIVE']): ACTIVE turns calls on for the number again, INACTIVE turns them off.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            VoiceUpdateRequest (the body parameters): Body of channels.voice.update

        Returns:
            ApiResponse[VoiceNumber]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is VoiceNumber: One number the profile carries phone calls on.
                .callback_url (Optional[str])
                .created_at (Optional[datetime])
                .default_for_app_calls (Optional[bool])
                .number (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Not one of your voice numbers

        Positional: number may also be passed by position, in this order.

        Endpoint: PATCH /v3/channels/voice/{number}

        Example:
            client.channels.voice.update(
                number='number_example',
                x_profile_id='x-profile-id_example',
                callback_url='callback_url_example',
                default_for_app_calls=True,
                sandbox=True,
                status='ACTIVE',
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncContactsResource(AsyncResource):
    """The people you message, one identity per channel; opt-out is recorded per contact."""
    async def create(
        self,
        *,
        phone_number: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Contact:
        """Create a contact from a phone number

        Args:
            phone_number (str, required, body 'phone_number'): Phone number of the contact to create
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ContactCreateRequest (the body parameters): Body of contacts.create

        Returns:
            Contact: Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001, VALIDATION_002: the request is invalid or the number is not E.164
            sentdm.ConflictError: HTTP 409: RESOURCE_007: the contact exists already; CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/contacts

        Example:
            client.contacts.create(
                phone_number='phone_number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_with_http_info(
        self,
        *,
        phone_number: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Contact]:
        """Create a contact from a phone number

        Args:
            phone_number (str, required, body 'phone_number'): Phone number of the contact to create
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ContactCreateRequest (the body parameters): Body of contacts.create

        Returns:
            ApiResponse[Contact]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001, VALIDATION_002: the request is invalid or the number is not E.164
            sentdm.ConflictError: HTTP 409: RESOURCE_007: the contact exists already; CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/contacts

        Example:
            client.contacts.create(
                phone_number='phone_number_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> None:
        """Dissociate a contact from your account (deprecated: opt the contact out instead)

        Opting a contact out stops every send to them, which is what deleting one was mostly used for —
        and it keeps the record of who they were and that they asked. A delete discards the consent
        history along with the contact, which is the part you need if anyone ever asks why you stopped,
        or why you started again.

        Dissociates a contact from the authenticated customer.

        Deprecated. Use `PATCH /v3/contacts/{id}` with `{"opt_out": true}` instead, and expect this to
        be removed in a future release. It still behaves exactly as before, so nothing needs to change
        today.

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/contacts/{id}

        Example:
            client.contacts.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    async def delete_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> ApiResponse[None]:
        """Dissociate a contact from your account (deprecated: opt the contact out instead)

        Opting a contact out stops every send to them, which is what deleting one was mostly used for —
        and it keeps the record of who they were and that they asked. A delete discards the consent
        history along with the contact, which is the part you need if anyone ever asks why you stopped,
        or why you started again.

        Dissociates a contact from the authenticated customer.

        Deprecated. Use `PATCH /v3/contacts/{id}` with `{"opt_out": true}` instead, and expect this to
        be removed in a future release. It still behaves exactly as before, so nothing needs to change
        today.

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/contacts/{id}

        Example:
            client.contacts.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    async def list(
        self,
        *,
        channel: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        phone: Optional[str] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ContactPage:
        """List your contacts, page by page, optionally filtered by search term, channel or phone

        Retrieves a paginated list of contacts for the authenticated customer.

        Supports filtering by search term, channel, or phone number.

        Args:
            channel (Optional[str], optional, query 'channel'): Optional channel filter (sms, whatsapp)
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            phone (Optional[str], optional, query 'phone'): Optional phone number filter (alternative to list view)
            search (Optional[str], optional, query 'search'): Optional search term for filtering contacts
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ContactPage: ContactPage: One page of contacts
                .contacts (Optional[List[Contact]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .contacts of the result.

        Endpoint: GET /v3/contacts{?channel,page,page_size,phone,search}

        Example:
            client.contacts.list(
                channel='channel_example',
                page=1,
                page_size=1,
                phone='phone_example',
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        channel: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        phone: Optional[str] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ContactPage]:
        """List your contacts, page by page, optionally filtered by search term, channel or phone

        Retrieves a paginated list of contacts for the authenticated customer.

        Supports filtering by search term, channel, or phone number.

        Args:
            channel (Optional[str], optional, query 'channel'): Optional channel filter (sms, whatsapp)
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            phone (Optional[str], optional, query 'phone'): Optional phone number filter (alternative to list view)
            search (Optional[str], optional, query 'search'): Optional search term for filtering contacts
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[ContactPage]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ContactPage: One page of contacts
                .contacts (Optional[List[Contact]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .contacts of the result.

        Endpoint: GET /v3/contacts{?channel,page,page_size,phone,search}

        Example:
            client.contacts.list(
                channel='channel_example',
                page=1,
                page_size=1,
                phone='phone_example',
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def iter_list(
        self,
        *,
        channel: Optional[str] = None,
        phone: Optional[str] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> AsyncPaginator[Contact]:
        """Every item of list(), page after page: List your contacts, page by page, optionally filtered by search term, channel or phone.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (channel, phone, search, x_profile_id) are those of list().

        Returns:
            AsyncPaginator[Contact]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    async def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Contact:
        """Retrieve a contact: phone formats, available channels and opt-out

        Retrieves a specific contact by their unique identifier.

        Returns detailed contact information including phone formats, available channels, and opt-out
        status.

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Contact: Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/contacts/{id}

        Example:
            client.contacts.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Contact]:
        """Retrieve a contact: phone formats, available channels and opt-out

        Retrieves a specific contact by their unique identifier.

        Returns detailed contact information including phone formats, available channels, and opt-out
        status.

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[Contact]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/contacts/{id}

        Example:
            client.contacts.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_message_summary(
        self,
        contact_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ContactMessageSummary:
        """Summarize the messages exchanged with a contact: counts, channels and success scores

        Returns aggregate message counts, time bounds, channels used, and per-channel success/fail
        scores (each as a percentage 0-100 of messages on that channel) for one of your contacts.
        Successful terminal states: SENT/DELIVERED/READ for outbound, RECEIVED for inbound. Fail:
        FAILED.

        Args:
            contact_id (str, required, path 'contactId'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ContactMessageSummary: ContactMessageSummary: What you exchanged with one contact: message counts, time bounds, channels and success scores
                .channel_scores (Optional[List[ChannelScore]])
                .channels_used (Optional[List[str]])
                .contact_id (Optional[str])
                .first_message_at (Optional[datetime])
                .last_message_at (Optional[datetime])
                .message_count (Optional[int])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: contact_id may also be passed by position, in this order.

        Endpoint: GET /v3/contacts/{contactId}/message-summary

        Example:
            client.contacts.retrieve_message_summary(
                contact_id='contactId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_message_summary_with_http_info(
        self,
        contact_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ContactMessageSummary]:
        """Summarize the messages exchanged with a contact: counts, channels and success scores

        Returns aggregate message counts, time bounds, channels used, and per-channel success/fail
        scores (each as a percentage 0-100 of messages on that channel) for one of your contacts.
        Successful terminal states: SENT/DELIVERED/READ for outbound, RECEIVED for inbound. Fail:
        FAILED.

        Args:
            contact_id (str, required, path 'contactId'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[ContactMessageSummary]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ContactMessageSummary: What you exchanged with one contact: message counts, time bounds, channels and success scores
                .channel_scores (Optional[List[ChannelScore]])
                .channels_used (Optional[List[str]])
                .contact_id (Optional[str])
                .first_message_at (Optional[datetime])
                .last_message_at (Optional[datetime])
                .message_count (Optional[int])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found

        Positional: contact_id may also be passed by position, in this order.

        Endpoint: GET /v3/contacts/{contactId}/message-summary

        Example:
            client.contacts.retrieve_message_summary(
                contact_id='contactId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def update(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        default_channel: Optional[str] = None,
        opt_out: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Contact:
        """Change a contact's default channel or opt-out

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            default_channel (Optional[str], optional, body 'default_channel'): Default messaging channel: "sms" or "whatsapp"
            opt_out (Optional[bool], optional, body 'opt_out'): Whether the contact has opted out of messaging.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ContactUpdateRequest (the body parameters): Body of contacts.update

        Returns:
            Contact: Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress
            sentdm.UnprocessableEntityError: HTTP 422: BUSINESS_001: an inherited contact is read-only

        Positional: id may also be passed by position, in this order.

        Endpoint: PATCH /v3/contacts/{id}

        Example:
            client.contacts.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                default_channel='default_channel_example',
                opt_out=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        default_channel: Optional[str] = None,
        opt_out: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Contact]:
        """Change a contact's default channel or opt-out

        Args:
            id (str, required, path 'id'): Identifier of the contact
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            default_channel (Optional[str], optional, body 'default_channel'): Default messaging channel: "sms" or "whatsapp"
            opt_out (Optional[bool], optional, body 'opt_out'): Whether the contact has opted out of messaging.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ContactUpdateRequest (the body parameters): Body of contacts.update

        Returns:
            ApiResponse[Contact]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Contact: A contact: phone formats, available channels, default channel and opt-out
                .id (Optional[str])
                .available_channels (Optional[str])
                .country_code (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .default_channel (Optional[str])
                .format_e164 (Optional[str])
                .format_international (Optional[str])
                .format_national (Optional[str])
                .format_rfc (Optional[str])
                .is_inherited (Optional[bool])
                .opt_out (Optional[bool])
                .phone_number (Optional[str])
                .region_code (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_001: contact not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress
            sentdm.UnprocessableEntityError: HTTP 422: BUSINESS_001: an inherited contact is read-only

        Positional: id may also be passed by position, in this order.

        Endpoint: PATCH /v3/contacts/{id}

        Example:
            client.contacts.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                default_channel='default_channel_example',
                opt_out=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncConversationsResource(AsyncResource):
    """Inbound and outbound messages, grouped by the person they are with (read-only)."""
    async def list(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> MessagePage:
        """List your messages across all conversations, most recent first

        Args:
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            MessagePage: MessagePage: One page of messages
                .messages (Optional[List[Message]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .messages of the result.

        Endpoint: GET /v3/conversations{?page,page_size}

        Example:
            client.conversations.list(
                page=1,
                page_size=1,
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[MessagePage]:
        """List your messages across all conversations, most recent first

        Args:
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[MessagePage]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is MessagePage: One page of messages
                .messages (Optional[List[Message]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .messages of the result.

        Endpoint: GET /v3/conversations{?page,page_size}

        Example:
            client.conversations.list(
                page=1,
                page_size=1,
                x_profile_id='x-profile-id_example',
            )
        """
    def iter_list(
        self,
        *,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> AsyncPaginator[Message]:
        """Every item of list(), page after page: List your messages across all conversations, most recent first.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (x_profile_id) are those of list().

        Returns:
            AsyncPaginator[Message]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    async def list_messages(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> MessagePage:
        """List the messages of one conversation, most recent first

        Args:
            id (str, required, path 'id'): Identifier of the conversation (its contact)
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            MessagePage: MessagePage: One page of messages
                .messages (Optional[List[Message]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Conversation not found

        Pagination: page is the page number, page_size the page size. The items are .messages of the result.

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/conversations/{id}{?page,page_size}

        Example:
            client.conversations.list_messages(
                id='id_example',
                page=1,
                page_size=1,
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_messages_with_http_info(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[MessagePage]:
        """List the messages of one conversation, most recent first

        Args:
            id (str, required, path 'id'): Identifier of the conversation (its contact)
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[MessagePage]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is MessagePage: One page of messages
                .messages (Optional[List[Message]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Conversation not found

        Pagination: page is the page number, page_size the page size. The items are .messages of the result.

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/conversations/{id}{?page,page_size}

        Example:
            client.conversations.list_messages(
                id='id_example',
                page=1,
                page_size=1,
                x_profile_id='x-profile-id_example',
            )
        """
    def iter_list_messages(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> AsyncPaginator[Message]:
        """Every item of list_messages(), page after page: List the messages of one conversation, most recent first.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (id, x_profile_id) are those of list_messages().

        Returns:
            AsyncPaginator[Message]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """

class AsyncMeResource(AsyncResource):
    """Who the current API key is: its account, profile and channels."""
    async def retrieve(self, *, x_profile_id: Optional[str] = None) -> Account:
        """Retrieve the account, profile and channels of the API key

        Returns the account associated with the provided API key.

        The response includes account identity, contact information, messaging channel configuration,
        and — depending on the account type — either a list of child profiles or the profile's own
        settings.

        **Account types:**

        - `organization` — Has child profiles. The `profiles` array is populated. - `user` — Standalone
        account with no profiles. - `profile` — Child of an organization. Includes `organization_id`,
        `short_name`, `status`, and `settings`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Account: Account: The API key's account: the organization with its profiles, the user, and the channels
                .id (Optional[str])
                .channels (Optional[AccountChannels])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .enable_template_auto_creation_for_sp (Optional[bool])
                .icon (Optional[str])
                .name (Optional[str])
                .organization_id (Optional[str])
                .profiles (Optional[List[AccountProfile]])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .settings (Optional[ProfileSettings])
                .short_name (Optional[str])
                .status (Optional[str])
                .type (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/me

        Example:
            client.me.retrieve(
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Account]:
        """Retrieve the account, profile and channels of the API key

        Returns the account associated with the provided API key.

        The response includes account identity, contact information, messaging channel configuration,
        and — depending on the account type — either a list of child profiles or the profile's own
        settings.

        **Account types:**

        - `organization` — Has child profiles. The `profiles` array is populated. - `user` — Standalone
        account with no profiles. - `profile` — Child of an organization. Includes `organization_id`,
        `short_name`, `status`, and `settings`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[Account]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Account: The API key's account: the organization with its profiles, the user, and the channels
                .id (Optional[str])
                .channels (Optional[AccountChannels])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .enable_template_auto_creation_for_sp (Optional[bool])
                .icon (Optional[str])
                .name (Optional[str])
                .organization_id (Optional[str])
                .profiles (Optional[List[AccountProfile]])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .settings (Optional[ProfileSettings])
                .short_name (Optional[str])
                .status (Optional[str])
                .type (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/me

        Example:
            client.me.retrieve(
                x_profile_id='x-profile-id_example',
            )
        """

class AsyncMessagesResource(AsyncResource):
    """Send a message to one or many recipients and follow what happened to it."""
    async def retrieve_activities(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> MessageActivities:
        """Retrieve the activity log of a message

        Retrieves the activity log for a specific message.

        Activities track the message lifecycle including acceptance, processing, sending, delivery, and
        any errors. A SCHEDULED entry carries scheduled_at, the release instant in UTC as it stood at
        that moment. Other entries have no scheduled_at key.

        Args:
            id (str, required, path 'id'): Identifier of the message
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            MessageActivities: MessageActivities: The activity log of a message
                .activities (Optional[List[MessageActivity]])
                .message_id (Optional[str])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_003: message not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/messages/{id}/activities

        Example:
            client.messages.retrieve_activities(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_activities_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[MessageActivities]:
        """Retrieve the activity log of a message

        Retrieves the activity log for a specific message.

        Activities track the message lifecycle including acceptance, processing, sending, delivery, and
        any errors. A SCHEDULED entry carries scheduled_at, the release instant in UTC as it stood at
        that moment. Other entries have no scheduled_at key.

        Args:
            id (str, required, path 'id'): Identifier of the message
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[MessageActivities]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is MessageActivities: The activity log of a message
                .activities (Optional[List[MessageActivity]])
                .message_id (Optional[str])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_003: message not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/messages/{id}/activities

        Example:
            client.messages.retrieve_activities(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_status(self, id: str, *, x_profile_id: Optional[str] = None) -> Message:
        """Retrieve a message: its current status, body, price and status history

        Retrieves the current status and details of a message by ID.

        Includes delivery status, timestamps, and error information if applicable. A message that is or
        was held for a later time (a send you scheduled with scheduled_at, a quiet-hours hold, or a
        message you cancelled while it was held) is returned as a ScheduledMessageResponse: the same
        fields plus scheduled_at, the instant it is held for in UTC — or, on a CANCELLED message, the
        instant that was called off. A message sent immediately has no scheduled_at key.

        Args:
            id (str, required, path 'id'): Identifier of the message
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Message: Message: A message, inbound or outbound: its recipient, channel, body, price and status history
                .id (Optional[str])
                .active_contact_price (Optional[float])
                .channel (Optional[str])
                .contact_id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .direction (Optional[str])
                .events (Optional[List[MessageEvent]])
                .message_body (Optional[MessageBody])
                .phone (Optional[str])
                .phone_international (Optional[str])
                .price (Optional[float])
                .reason (Optional[str])
                .reason_code (Optional[str])
                .region_code (Optional[str])
                .status (Optional[str])
                .template_category (Optional[str])
                .template_id (Optional[str])
                .template_name (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_003: message not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/messages/{id}

        Example:
            client.messages.retrieve_status(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_status_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Message]:
        """Retrieve a message: its current status, body, price and status history

        Retrieves the current status and details of a message by ID.

        Includes delivery status, timestamps, and error information if applicable. A message that is or
        was held for a later time (a send you scheduled with scheduled_at, a quiet-hours hold, or a
        message you cancelled while it was held) is returned as a ScheduledMessageResponse: the same
        fields plus scheduled_at, the instant it is held for in UTC — or, on a CANCELLED message, the
        instant that was called off. A message sent immediately has no scheduled_at key.

        Args:
            id (str, required, path 'id'): Identifier of the message
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[Message]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Message: A message, inbound or outbound: its recipient, channel, body, price and status history
                .id (Optional[str])
                .active_contact_price (Optional[float])
                .channel (Optional[str])
                .contact_id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .direction (Optional[str])
                .events (Optional[List[MessageEvent]])
                .message_body (Optional[MessageBody])
                .phone (Optional[str])
                .phone_international (Optional[str])
                .price (Optional[float])
                .reason (Optional[str])
                .reason_code (Optional[str])
                .region_code (Optional[str])
                .status (Optional[str])
                .template_category (Optional[str])
                .template_id (Optional[str])
                .template_name (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_003: message not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/messages/{id}

        Example:
            client.messages.retrieve_status(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def send(
        self,
        *,
        x_profile_id: Optional[str] = None,
        channel: Optional[List[str]] = None,
        channels: Optional[Dict[str, Any]] = None,
        media_urls: Optional[List[str]] = None,
        sandbox: Optional[bool] = None,
        scheduled_at: Optional[Union[str, datetime]] = None,
        subject: Optional[str] = None,
        template: Optional[Dict[str, Any]] = None,
        text: Optional[str] = None,
        to: Optional[List[str]] = None,
        idempotency_key: Optional[str] = None,
    ) -> MessageSendResult:
        """Send a message to one or more recipients, from a template or as text

        Sends one message to each recipient in `to` (E.164 numbers), from a `template` (by `id` or
        `name`, with `parameters`) or as free-form `text`. The channel is chosen per recipient unless
        `channel` names one or more (`sms`, `whatsapp`, `rcs`, `mms`; several channels broadcast, one
        message per recipient and channel); `channels` restricts which of your own numbers each channel
        may send from. The answer (202) lists one message id per recipient and channel, in the order of
        `to`; follow them with `retrieve_status` or the message webhooks.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            channel (Optional[List[str]], optional, body 'channel'): Channels to broadcast on, e.g. ["whatsapp", "sms"]: one message per recipient and channel; "sent" (the default) picks the channel per recipient
            channels (Optional[Dict[str, Any]], optional, body 'channels'): Which of your own numbers to send from, keyed by channel, each channel holding a list of entries: {"sms": [{"country": "US", "from": ["+12125550000", "+14155550000"]}, {"from": ["+447700800001"]}]}.
            media_urls (Optional[List[str]], optional, body 'media_urls'): Attachments for this send, as publicly fetchable https URLs.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            scheduled_at (Optional[Union[str, datetime]], optional, body 'scheduled_at', format=date-time): Optional future send time as an ISO-8601 timestamp with an explicit UTC offset, e.g. 2026-10-01T09:00:00+02:00 or 2026-10-01T07:00:00Z. A value without an offset is rejected (400) rather than read in the server's zone.
            subject (Optional[str], optional, body 'subject'): Subject line for this send, overriding the template's.
            template (Optional[Dict[str, Any]], optional, body 'template'): SDK-style template reference: resolve by ID or by name, with optional parameters.
            text (Optional[str], optional, body 'text'): Plain-text (free-form) message body. Provide either Template or this.
            to (Optional[List[str]], optional, body 'to', format=e164): List of recipient phone numbers in E.164 format (multi-recipient fan-out)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            MessageSendRequest (the body parameters): Body of messages.send

        Returns:
            MessageSendResult: MessageSendResult: The result of a multi-recipient send.

        Declared here rather than in the service layer. POST /v3/messages used to publish
        MessageSendResult — a type in Common.Services.Messaging.Contracts — so the public contract was
        whatever the send service happened to return, and changing that service for an internal reason
        changed the API. The service keeps its result; this is what a caller sees, and the mapping
        between them is a decision the endpoint makes.

        The shape of an immediate send: it never has a scheduled_at key. A send that carried
        scheduled_at is a ScheduledSendMessageResponse, and the endpoint decides which of the two to
        answer with. From always returns this type.
                .recipients (Optional[List[MessageSendRecipient]])
                .status (Optional[str])
                .template_id (Optional[str])
                .template_name (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress
            sentdm.UnprocessableEntityError: HTTP 422: BUSINESS_003, BUSINESS_004, BUSINESS_005: balance too low, every recipient opted out, or WhatsApp template not approved

        Endpoint: POST /v3/messages

        Example:
            client.messages.send(
                x_profile_id='x-profile-id_example',
                channel=[],
                channels={},
                media_urls=[],
                sandbox=True,
                scheduled_at='2024-01-01T12:00:00Z',
                subject='subject_example',
                template='template_example',
                text='text_example',
                to=['+14155552671'],
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def send_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        channel: Optional[List[str]] = None,
        channels: Optional[Dict[str, Any]] = None,
        media_urls: Optional[List[str]] = None,
        sandbox: Optional[bool] = None,
        scheduled_at: Optional[Union[str, datetime]] = None,
        subject: Optional[str] = None,
        template: Optional[Dict[str, Any]] = None,
        text: Optional[str] = None,
        to: Optional[List[str]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[MessageSendResult]:
        """Send a message to one or more recipients, from a template or as text

        Sends one message to each recipient in `to` (E.164 numbers), from a `template` (by `id` or
        `name`, with `parameters`) or as free-form `text`. The channel is chosen per recipient unless
        `channel` names one or more (`sms`, `whatsapp`, `rcs`, `mms`; several channels broadcast, one
        message per recipient and channel); `channels` restricts which of your own numbers each channel
        may send from. The answer (202) lists one message id per recipient and channel, in the order of
        `to`; follow them with `retrieve_status` or the message webhooks.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            channel (Optional[List[str]], optional, body 'channel'): Channels to broadcast on, e.g. ["whatsapp", "sms"]: one message per recipient and channel; "sent" (the default) picks the channel per recipient
            channels (Optional[Dict[str, Any]], optional, body 'channels'): Which of your own numbers to send from, keyed by channel, each channel holding a list of entries: {"sms": [{"country": "US", "from": ["+12125550000", "+14155550000"]}, {"from": ["+447700800001"]}]}.
            media_urls (Optional[List[str]], optional, body 'media_urls'): Attachments for this send, as publicly fetchable https URLs.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            scheduled_at (Optional[Union[str, datetime]], optional, body 'scheduled_at', format=date-time): Optional future send time as an ISO-8601 timestamp with an explicit UTC offset, e.g. 2026-10-01T09:00:00+02:00 or 2026-10-01T07:00:00Z. A value without an offset is rejected (400) rather than read in the server's zone.
            subject (Optional[str], optional, body 'subject'): Subject line for this send, overriding the template's.
            template (Optional[Dict[str, Any]], optional, body 'template'): SDK-style template reference: resolve by ID or by name, with optional parameters.
            text (Optional[str], optional, body 'text'): Plain-text (free-form) message body. Provide either Template or this.
            to (Optional[List[str]], optional, body 'to', format=e164): List of recipient phone numbers in E.164 format (multi-recipient fan-out)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            MessageSendRequest (the body parameters): Body of messages.send

        Returns:
            ApiResponse[MessageSendResult]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is MessageSendResult: The result of a multi-recipient send.

        Declared here rather than in the service layer. POST /v3/messages used to publish
        MessageSendResult — a type in Common.Services.Messaging.Contracts — so the public contract was
        whatever the send service happened to return, and changing that service for an internal reason
        changed the API. The service keeps its result; this is what a caller sees, and the mapping
        between them is a decision the endpoint makes.

        The shape of an immediate send: it never has a scheduled_at key. A send that carried
        scheduled_at is a ScheduledSendMessageResponse, and the endpoint decides which of the two to
        answer with. From always returns this type.
                .recipients (Optional[List[MessageSendRecipient]])
                .status (Optional[str])
                .template_id (Optional[str])
                .template_name (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress
            sentdm.UnprocessableEntityError: HTTP 422: BUSINESS_003, BUSINESS_004, BUSINESS_005: balance too low, every recipient opted out, or WhatsApp template not approved

        Endpoint: POST /v3/messages

        Example:
            client.messages.send(
                x_profile_id='x-profile-id_example',
                channel=[],
                channels={},
                media_urls=[],
                sandbox=True,
                scheduled_at='2024-01-01T12:00:00Z',
                subject='subject_example',
                template='template_example',
                text='text_example',
                to=['+14155552671'],
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncNumbersResource(AsyncResource):
    """What a phone number is (carrier, line type, porting) before you send to it."""
    async def lookup(
        self,
        phone_number: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> NumberLookup:
        """Look up a phone number: carrier, line type, porting status and VoIP detection

        Retrieves detailed information about a phone number including carrier, line type, porting
        status, and VoIP detection. Uses the customer's messaging provider for rich data, with fallback
        to the internal index.

        Args:
            phone_number (str, required, path 'phoneNumber'): The phone number to look up, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            NumberLookup: NumberLookup: What a phone number is: carrier, line type, porting and VoIP
                .carrier_name (Optional[str])
                .country_code (Optional[str])
                .is_ported (Optional[bool])
                .is_valid (Optional[bool])
                .is_voip (Optional[bool])
                .line_type (Optional[str])
                .mobile_country_code (Optional[str])
                .mobile_network_code (Optional[str])
                .phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Number not found

        Positional: phone_number may also be passed by position, in this order.

        Endpoint: GET /v3/numbers/lookup/{phoneNumber}

        Example:
            client.numbers.lookup(
                phone_number='phoneNumber_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def lookup_with_http_info(
        self,
        phone_number: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[NumberLookup]:
        """Look up a phone number: carrier, line type, porting status and VoIP detection

        Retrieves detailed information about a phone number including carrier, line type, porting
        status, and VoIP detection. Uses the customer's messaging provider for rich data, with fallback
        to the internal index.

        Args:
            phone_number (str, required, path 'phoneNumber'): The phone number to look up, in E.164 format
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[NumberLookup]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is NumberLookup: What a phone number is: carrier, line type, porting and VoIP
                .carrier_name (Optional[str])
                .country_code (Optional[str])
                .is_ported (Optional[bool])
                .is_valid (Optional[bool])
                .is_voip (Optional[bool])
                .line_type (Optional[str])
                .mobile_country_code (Optional[str])
                .mobile_network_code (Optional[str])
                .phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Number not found

        Positional: phone_number may also be passed by position, in this order.

        Endpoint: GET /v3/numbers/lookup/{phoneNumber}

        Example:
            client.numbers.lookup(
                phone_number='phoneNumber_example',
                x_profile_id='x-profile-id_example',
            )
        """

class AsyncProfilesResource(AsyncResource):
    """Sender profiles of your organization (deprecated: replaced by /v3/sender-profiles)."""
    campaigns: AsyncProfilesCampaignsResource
    async def complete(
        self,
        profile_id: str,
        *,
        web_hook_url: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ProfileCompleteResult:
        """Complete a profile's compliance workflow and submit it for review

        Final step in the profile compliance workflow. Validates all prerequisites (KYC, brand,
        campaigns, required documents), connects the profile to the SMS and WhatsApp channels, and marks
        it onboarded. Prerequisites are always validated first: if any fail the call returns 400 naming
        every unmet one, and nothing is started. If they pass and the profile is already onboarded, the
        call returns 200 and does nothing. Otherwise it returns 202 and calls the provided webhook URL
        when background processing finishes.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            web_hook_url (str, required, body 'webHookUrl'): Webhook URL to call when profile completion finishes (success or failure)
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileCompleteRequest (the body parameters): Body of profiles.complete

        Returns:
            ProfileCompleteResult: ProfileCompleteResult: The outcome of completing a profile
                .message (Optional[str])
                .status (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: POST /v3/profiles/{profileId}/complete

        Example:
            client.profiles.complete(
                profile_id='profileId_example',
                web_hook_url='webHookUrl_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def complete_with_http_info(
        self,
        profile_id: str,
        *,
        web_hook_url: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ProfileCompleteResult]:
        """Complete a profile's compliance workflow and submit it for review

        Final step in the profile compliance workflow. Validates all prerequisites (KYC, brand,
        campaigns, required documents), connects the profile to the SMS and WhatsApp channels, and marks
        it onboarded. Prerequisites are always validated first: if any fail the call returns 400 naming
        every unmet one, and nothing is started. If they pass and the profile is already onboarded, the
        call returns 200 and does nothing. Otherwise it returns 202 and calls the provided webhook URL
        when background processing finishes.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            web_hook_url (str, required, body 'webHookUrl'): Webhook URL to call when profile completion finishes (success or failure)
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileCompleteRequest (the body parameters): Body of profiles.complete

        Returns:
            ApiResponse[ProfileCompleteResult]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ProfileCompleteResult: The outcome of completing a profile
                .message (Optional[str])
                .status (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: POST /v3/profiles/{profileId}/complete

        Example:
            client.profiles.complete(
                profile_id='profileId_example',
                web_hook_url='webHookUrl_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        short_name: Optional[str] = None,
        whatsapp_business_account: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ProfileDetail:
        """Create a sender profile in your organization

        Creates a new sender profile within an organization. Profiles represent different brands,
        departments, or use cases, each with their own messaging configuration and settings. Requires
        admin role in the organization.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            allow_contact_sharing (Optional[bool], optional, body 'allow_contact_sharing'): Deprecated.
            allow_template_sharing (Optional[bool], optional, body 'allow_template_sharing'): Whether the profile's templates may be shared
            billing_contact (Optional[Dict[str, Any]], optional, body 'billing_contact'): Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization".
            billing_model (Optional[str], optional, body 'billing_model'): Billing model: profile, organization, or profile_and_organization (default: profile).
            brand (Optional[Dict[str, Any]], optional, body 'brand'): Brand and KYC data grouped into contact, business, and compliance sections
            description (Optional[str], optional, body 'description'): Profile description (optional)
            icon (Optional[str], optional, body 'icon'): Profile icon URL (optional)
            inherit_contacts (Optional[bool], optional, body 'inherit_contacts'): Whether the profile uses the organization's contacts
            inherit_tcr_brand (Optional[bool], optional, body 'inherit_tcr_brand'): Whether this profile inherits TCR brand from organization (default: false)
            inherit_tcr_campaign (Optional[bool], optional, body 'inherit_tcr_campaign'): Whether this profile inherits TCR campaign from organization (default: false)
            inherit_templates (Optional[bool], optional, body 'inherit_templates'): Whether the profile uses the organization's templates
            name (Optional[str], optional, body 'name'): Profile name (required)
            payment_details (Optional[Dict[str, Any]], optional, body 'payment_details'): Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            short_name (Optional[str], optional, body 'short_name'): Profile short name/abbreviation (optional).
            whatsapp_business_account (Optional[Dict[str, Any]], optional, body 'whatsapp_business_account'): Direct WhatsApp Business Account credentials for a profile. Use this when the profile should have its own WhatsApp Business Account instead of inheriting from the organization.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileCreateRequest (the body parameters): Body of profiles.create

        Returns:
            ProfileDetail: ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/profiles

        Example:
            client.profiles.create(
                x_profile_id='x-profile-id_example',
                allow_contact_sharing=True,
                allow_template_sharing=True,
                billing_contact='billing_contact_example',
                billing_model='billing_model_example',
                brand='brand_example',
                description='description_example',
                icon='icon_example',
                inherit_contacts=True,
                inherit_tcr_brand=True,
                inherit_tcr_campaign=True,
                inherit_templates=True,
                name='name_example',
                payment_details='payment_details_example',
                sandbox=True,
                short_name='short_name_example',
                whatsapp_business_account='whatsapp_business_account_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        short_name: Optional[str] = None,
        whatsapp_business_account: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ProfileDetail]:
        """Create a sender profile in your organization

        Creates a new sender profile within an organization. Profiles represent different brands,
        departments, or use cases, each with their own messaging configuration and settings. Requires
        admin role in the organization.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            allow_contact_sharing (Optional[bool], optional, body 'allow_contact_sharing'): Deprecated.
            allow_template_sharing (Optional[bool], optional, body 'allow_template_sharing'): Whether the profile's templates may be shared
            billing_contact (Optional[Dict[str, Any]], optional, body 'billing_contact'): Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization".
            billing_model (Optional[str], optional, body 'billing_model'): Billing model: profile, organization, or profile_and_organization (default: profile).
            brand (Optional[Dict[str, Any]], optional, body 'brand'): Brand and KYC data grouped into contact, business, and compliance sections
            description (Optional[str], optional, body 'description'): Profile description (optional)
            icon (Optional[str], optional, body 'icon'): Profile icon URL (optional)
            inherit_contacts (Optional[bool], optional, body 'inherit_contacts'): Whether the profile uses the organization's contacts
            inherit_tcr_brand (Optional[bool], optional, body 'inherit_tcr_brand'): Whether this profile inherits TCR brand from organization (default: false)
            inherit_tcr_campaign (Optional[bool], optional, body 'inherit_tcr_campaign'): Whether this profile inherits TCR campaign from organization (default: false)
            inherit_templates (Optional[bool], optional, body 'inherit_templates'): Whether the profile uses the organization's templates
            name (Optional[str], optional, body 'name'): Profile name (required)
            payment_details (Optional[Dict[str, Any]], optional, body 'payment_details'): Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            short_name (Optional[str], optional, body 'short_name'): Profile short name/abbreviation (optional).
            whatsapp_business_account (Optional[Dict[str, Any]], optional, body 'whatsapp_business_account'): Direct WhatsApp Business Account credentials for a profile. Use this when the profile should have its own WhatsApp Business Account instead of inheriting from the organization.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileCreateRequest (the body parameters): Body of profiles.create

        Returns:
            ApiResponse[ProfileDetail]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/profiles

        Example:
            client.profiles.create(
                x_profile_id='x-profile-id_example',
                allow_contact_sharing=True,
                allow_template_sharing=True,
                billing_contact='billing_contact_example',
                billing_model='billing_model_example',
                brand='brand_example',
                description='description_example',
                icon='icon_example',
                inherit_contacts=True,
                inherit_tcr_brand=True,
                inherit_tcr_campaign=True,
                inherit_templates=True,
                name='name_example',
                payment_details='payment_details_example',
                sandbox=True,
                short_name='short_name_example',
                whatsapp_business_account='whatsapp_business_account_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a sender profile (soft delete)

        Soft deletes a sender profile. The profile will be marked as deleted but data is retained.
        Anything it still held is released first: phone numbers return to our inventory and can go to
        whoever asks next, its own WhatsApp account is deregistered, and its routing rules stop being
        used. Requires admin role in the organization.

        A number it holds that your WhatsApp Business Account still carries refuses the delete with a
        `409 CONFLICT_012`, and nothing is deleted: the number would return to our shared inventory
        while Meta still routes WhatsApp to it, and only you can take it off the account — deregister
        **and** delete it in WhatsApp Manager, then try again. A `409 CONFLICT_013` means the account
        could not be read, so we cannot tell.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/profiles/{profileId}

        Example:
            client.profiles.delete(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Delete a sender profile (soft delete)

        Soft deletes a sender profile. The profile will be marked as deleted but data is retained.
        Anything it still held is released first: phone numbers return to our inventory and can go to
        whoever asks next, its own WhatsApp account is deregistered, and its routing rules stop being
        used. Requires admin role in the organization.

        A number it holds that your WhatsApp Business Account still carries refuses the delete with a
        `409 CONFLICT_012`, and nothing is deleted: the number would return to our shared inventory
        while Meta still routes WhatsApp to it, and only you can take it off the account — deregister
        **and** delete it in WhatsApp Manager, then try again. A `409 CONFLICT_013` means the account
        could not be read, so we cannot tell.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/profiles/{profileId}

        Example:
            client.profiles.delete(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(self, *, x_profile_id: Optional[str] = None) -> ProfileList:
        """List the sender profiles of your organization, with their brands

        Retrieves all sender profiles within an organization, including brand information for each
        profile. Profiles represent different brands, departments, or use cases within an organization,
        each with their own messaging configuration.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ProfileList: ProfileList: The profiles in the organization.
                .pagination (Optional[PaginationMeta])
                .profiles (Optional[List[ProfileDetail]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/profiles

        Example:
            client.profiles.list(
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ProfileList]:
        """List the sender profiles of your organization, with their brands

        Retrieves all sender profiles within an organization, including brand information for each
        profile. Profiles represent different brands, departments, or use cases within an organization,
        each with their own messaging configuration.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[ProfileList]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ProfileList: The profiles in the organization.
                .pagination (Optional[PaginationMeta])
                .profiles (Optional[List[ProfileDetail]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/profiles

        Example:
            client.profiles.list(
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ProfileDetail:
        """Retrieve a sender profile, with its brand and KYC information

        Retrieves detailed information about a specific sender profile within an organization, including
        brand and KYC information if a brand has been configured.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ProfileDetail: ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: GET /v3/profiles/{profileId}

        Example:
            client.profiles.retrieve(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[ProfileDetail]:
        """Retrieve a sender profile, with its brand and KYC information

        Retrieves detailed information about a specific sender profile within an organization, including
        brand and KYC information if a brand has been configured.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[ProfileDetail]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: GET /v3/profiles/{profileId}

        Example:
            client.profiles.retrieve(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def update(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_number_change_during_onboarding: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        sending_phone_number: Optional[str] = None,
        sending_phone_number_profile_id: Optional[str] = None,
        sending_whatsapp_number_profile_id: Optional[str] = None,
        short_name: Optional[str] = None,
        whatsapp_phone_number: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ProfileDetail:
        """Change a profile's settings

        Updates a profile's configuration and settings. Requires admin role in the organization. Only
        provided fields will be updated (partial update).

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            allow_contact_sharing (Optional[bool], optional, body 'allow_contact_sharing'): Deprecated.
            allow_number_change_during_onboarding (Optional[bool], optional, body 'allow_number_change_during_onboarding'): Whether number changes are allowed during onboarding (optional)
            allow_template_sharing (Optional[bool], optional, body 'allow_template_sharing'): Whether the profile's templates may be shared
            billing_contact (Optional[Dict[str, Any]], optional, body 'billing_contact'): Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization".
            billing_model (Optional[str], optional, body 'billing_model'): Billing model: profile, organization, or profile_and_organization (optional).
            brand (Optional[Dict[str, Any]], optional, body 'brand'): Brand and KYC data grouped into contact, business, and compliance sections
            description (Optional[str], optional, body 'description'): Profile description (optional)
            icon (Optional[str], optional, body 'icon'): Profile icon URL (optional)
            inherit_contacts (Optional[bool], optional, body 'inherit_contacts'): Whether the profile uses the organization's contacts
            inherit_tcr_brand (Optional[bool], optional, body 'inherit_tcr_brand'): Whether this profile inherits TCR brand from organization (optional)
            inherit_tcr_campaign (Optional[bool], optional, body 'inherit_tcr_campaign'): Whether this profile inherits TCR campaign from organization (optional)
            inherit_templates (Optional[bool], optional, body 'inherit_templates'): Whether the profile uses the organization's templates
            name (Optional[str], optional, body 'name'): Profile name (optional)
            payment_details (Optional[Dict[str, Any]], optional, body 'payment_details'): Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sending_phone_number (Optional[str], optional, body 'sending_phone_number'): Direct phone number for SMS sending (optional)
            sending_phone_number_profile_id (Optional[str], optional, body 'sending_phone_number_profile_id'): Deprecated.
            sending_whatsapp_number_profile_id (Optional[str], optional, body 'sending_whatsapp_number_profile_id'): Profile whose WhatsApp number this profile sends from
            short_name (Optional[str], optional, body 'short_name'): Profile short name/abbreviation (optional).
            whatsapp_phone_number (Optional[str], optional, body 'whatsapp_phone_number'): Direct phone number for WhatsApp sending (optional)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileUpdateRequest (the body parameters): Body of profiles.update

        Returns:
            ProfileDetail: ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/profiles/{profileId}

        Example:
            client.profiles.update(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                allow_contact_sharing=True,
                allow_number_change_during_onboarding=True,
                allow_template_sharing=True,
                billing_contact='billing_contact_example',
                billing_model='billing_model_example',
                brand='brand_example',
                description='description_example',
                icon='icon_example',
                inherit_contacts=True,
                inherit_tcr_brand=True,
                inherit_tcr_campaign=True,
                inherit_templates=True,
                name='name_example',
                payment_details='payment_details_example',
                sandbox=True,
                sending_phone_number='sending_phone_number_example',
                sending_phone_number_profile_id='sending_phone_number_profile_id_example',
                sending_whatsapp_number_profile_id='sending_whatsapp_number_profile_id_example',
                short_name='short_name_example',
                whatsapp_phone_number='whatsapp_phone_number_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
        allow_contact_sharing: Optional[bool] = None,
        allow_number_change_during_onboarding: Optional[bool] = None,
        allow_template_sharing: Optional[bool] = None,
        billing_contact: Optional[Dict[str, Any]] = None,
        billing_model: Optional[str] = None,
        brand: Optional[Dict[str, Any]] = None,
        description: Optional[str] = None,
        icon: Optional[str] = None,
        inherit_contacts: Optional[bool] = None,
        inherit_tcr_brand: Optional[bool] = None,
        inherit_tcr_campaign: Optional[bool] = None,
        inherit_templates: Optional[bool] = None,
        name: Optional[str] = None,
        payment_details: Optional[Dict[str, Any]] = None,
        sandbox: Optional[bool] = None,
        sending_phone_number: Optional[str] = None,
        sending_phone_number_profile_id: Optional[str] = None,
        sending_whatsapp_number_profile_id: Optional[str] = None,
        short_name: Optional[str] = None,
        whatsapp_phone_number: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ProfileDetail]:
        """Change a profile's settings

        Updates a profile's configuration and settings. Requires admin role in the organization. Only
        provided fields will be updated (partial update).

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            allow_contact_sharing (Optional[bool], optional, body 'allow_contact_sharing'): Deprecated.
            allow_number_change_during_onboarding (Optional[bool], optional, body 'allow_number_change_during_onboarding'): Whether number changes are allowed during onboarding (optional)
            allow_template_sharing (Optional[bool], optional, body 'allow_template_sharing'): Whether the profile's templates may be shared
            billing_contact (Optional[Dict[str, Any]], optional, body 'billing_contact'): Billing contact information for a profile. Required when billing_model is "profile" or "profile_and_organization".
            billing_model (Optional[str], optional, body 'billing_model'): Billing model: profile, organization, or profile_and_organization (optional).
            brand (Optional[Dict[str, Any]], optional, body 'brand'): Brand and KYC data grouped into contact, business, and compliance sections
            description (Optional[str], optional, body 'description'): Profile description (optional)
            icon (Optional[str], optional, body 'icon'): Profile icon URL (optional)
            inherit_contacts (Optional[bool], optional, body 'inherit_contacts'): Whether the profile uses the organization's contacts
            inherit_tcr_brand (Optional[bool], optional, body 'inherit_tcr_brand'): Whether this profile inherits TCR brand from organization (optional)
            inherit_tcr_campaign (Optional[bool], optional, body 'inherit_tcr_campaign'): Whether this profile inherits TCR campaign from organization (optional)
            inherit_templates (Optional[bool], optional, body 'inherit_templates'): Whether the profile uses the organization's templates
            name (Optional[str], optional, body 'name'): Profile name (optional)
            payment_details (Optional[Dict[str, Any]], optional, body 'payment_details'): Payment card details for this profile (optional). Accepted when billing_model is "profile" or "profile_and_organization". Not persisted on our servers — forwarded to the payment processor.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sending_phone_number (Optional[str], optional, body 'sending_phone_number'): Direct phone number for SMS sending (optional)
            sending_phone_number_profile_id (Optional[str], optional, body 'sending_phone_number_profile_id'): Deprecated.
            sending_whatsapp_number_profile_id (Optional[str], optional, body 'sending_whatsapp_number_profile_id'): Profile whose WhatsApp number this profile sends from
            short_name (Optional[str], optional, body 'short_name'): Profile short name/abbreviation (optional).
            whatsapp_phone_number (Optional[str], optional, body 'whatsapp_phone_number'): Direct phone number for WhatsApp sending (optional)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            ProfileUpdateRequest (the body parameters): Body of profiles.update

        Returns:
            ApiResponse[ProfileDetail]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ProfileDetail: A sender profile: its settings, brand, numbers and status
                .id (Optional[str])
                .allow_contact_sharing (Optional[bool])
                .allow_number_change_during_onboarding (Optional[bool])
                .allow_template_sharing (Optional[bool])
                .billing_contact (Optional[BillingContact])
                .billing_model (Optional[str])
                .brand (Optional[Brand])
                .created_at (Optional[datetime])
                .description (Optional[str])
                .email (Optional[str])
                .icon (Optional[str])
                .inherit_contacts (Optional[bool])
                .inherit_tcr_brand (Optional[bool])
                .inherit_tcr_campaign (Optional[bool])
                .inherit_templates (Optional[bool])
                .name (Optional[str])
                .organization_id (Optional[str])
                .sending_phone_number (Optional[str])
                .sending_phone_number_profile_id (Optional[str])
                .sending_whatsapp_number_profile_id (Optional[str])
                .short_name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .waba_id (Optional[str])
                .whatsapp_phone_number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/profiles/{profileId}

        Example:
            client.profiles.update(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                allow_contact_sharing=True,
                allow_number_change_during_onboarding=True,
                allow_template_sharing=True,
                billing_contact='billing_contact_example',
                billing_model='billing_model_example',
                brand='brand_example',
                description='description_example',
                icon='icon_example',
                inherit_contacts=True,
                inherit_tcr_brand=True,
                inherit_tcr_campaign=True,
                inherit_templates=True,
                name='name_example',
                payment_details='payment_details_example',
                sandbox=True,
                sending_phone_number='sending_phone_number_example',
                sending_phone_number_profile_id='sending_phone_number_profile_id_example',
                sending_whatsapp_number_profile_id='sending_whatsapp_number_profile_id_example',
                short_name='short_name_example',
                whatsapp_phone_number='whatsapp_phone_number_example',
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncProfilesCampaignsResource(AsyncResource):
    """10DLC campaigns under a profile's brand (deprecated with profiles)."""
    async def create(
        self,
        profile_id: str,
        *,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> BrandCampaign:
        """Create a campaign under a profile's brand

        Creates a new campaign scoped under the brand of the specified profile. Each campaign must
        include at least one use case with sample messages.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            campaign (Dict[str, Any], required, body 'campaign'): Campaign data for create or update operation
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            CampaignRequest (the body parameters): Body of profiles.campaigns.create and profiles.campaigns.update

        Returns:
            BrandCampaign: BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: POST /v3/profiles/{profileId}/campaigns

        Example:
            client.profiles.campaigns.create(
                profile_id='profileId_example',
                campaign='campaign_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_with_http_info(
        self,
        profile_id: str,
        *,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[BrandCampaign]:
        """Create a campaign under a profile's brand

        Creates a new campaign scoped under the brand of the specified profile. Each campaign must
        include at least one use case with sample messages.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            campaign (Dict[str, Any], required, body 'campaign'): Campaign data for create or update operation
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            CampaignRequest (the body parameters): Body of profiles.campaigns.create and profiles.campaigns.update

        Returns:
            ApiResponse[BrandCampaign]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: POST /v3/profiles/{profileId}/campaigns

        Example:
            client.profiles.campaigns.create(
                profile_id='profileId_example',
                campaign='campaign_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a campaign from a profile's brand

        Deletes a campaign by ID from the brand of the specified profile. The profile must belong to the
        authenticated organization.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            campaign_id (str, required, path 'campaignId'): Identifier of the campaign
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: campaign_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/profiles/{profileId}/campaigns/{campaignId}

        Example:
            client.profiles.campaigns.delete(
                campaign_id='campaignId_example',
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete_with_http_info(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Delete a campaign from a profile's brand

        Deletes a campaign by ID from the brand of the specified profile. The profile must belong to the
        authenticated organization.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            campaign_id (str, required, path 'campaignId'): Identifier of the campaign
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: campaign_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/profiles/{profileId}/campaigns/{campaignId}

        Example:
            client.profiles.campaigns.delete(
                campaign_id='campaignId_example',
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> List[BrandCampaign]:
        """List the campaigns of a profile's brand, with use cases and sample messages

        Retrieves all campaigns linked to the profile's brand, including use cases and sample messages.
        Returns inherited campaigns if inherit_tcr_campaign=true.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            List[BrandCampaign]: a list of BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: GET /v3/profiles/{profileId}/campaigns

        Example:
            client.profiles.campaigns.list(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        profile_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[List[BrandCampaign]]:
        """List the campaigns of a profile's brand, with use cases and sample messages

        Retrieves all campaigns linked to the profile's brand, including use cases and sample messages.
        Returns inherited campaigns if inherit_tcr_campaign=true.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            profile_id (str, required, path 'profileId'): Identifier of the profile
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[List[BrandCampaign]]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is a list of BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found

        Positional: profile_id may also be passed by position, in this order.

        Endpoint: GET /v3/profiles/{profileId}/campaigns

        Example:
            client.profiles.campaigns.list(
                profile_id='profileId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def update(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> BrandCampaign:
        """Change a campaign of a profile's brand (not once submitted to TCR)

        Updates an existing campaign under the brand of the specified profile. Cannot update campaigns
        that have already been submitted to TCR.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            campaign_id (str, required, path 'campaignId'): Identifier of the campaign
            profile_id (str, required, path 'profileId'): Identifier of the profile
            campaign (Dict[str, Any], required, body 'campaign'): Campaign data for create or update operation
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            CampaignRequest (the body parameters): Body of profiles.campaigns.create and profiles.campaigns.update

        Returns:
            BrandCampaign: BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: campaign_id may also be passed by position, in this order.

        Endpoint: PUT /v3/profiles/{profileId}/campaigns/{campaignId}

        Example:
            client.profiles.campaigns.update(
                campaign_id='campaignId_example',
                profile_id='profileId_example',
                campaign='campaign_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_with_http_info(
        self,
        campaign_id: str,
        *,
        profile_id: str,
        campaign: Dict[str, Any],
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[BrandCampaign]:
        """Change a campaign of a profile's brand (not once submitted to TCR)

        Updates an existing campaign under the brand of the specified profile. Cannot update campaigns
        that have already been submitted to TCR.

        Deprecated. This endpoint is replaced by `/v3/sender-profiles` and will be removed in a future
        release. It still behaves exactly as before, so nothing needs to change today — but new
        integrations should use `/v3/sender-profiles`, which models a profile's markets, compliance,
        brand, campaigns and billing explicitly.

        Args:
            campaign_id (str, required, path 'campaignId'): Identifier of the campaign
            profile_id (str, required, path 'profileId'): Identifier of the profile
            campaign (Dict[str, Any], required, body 'campaign'): Campaign data for create or update operation
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            CampaignRequest (the body parameters): Body of profiles.campaigns.create and profiles.campaigns.update

        Returns:
            ApiResponse[BrandCampaign]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is BrandCampaign: A 10DLC campaign registered for a brand.
                .id (Optional[str])
                .billed_date (Optional[datetime])
                .brand_id (Optional[str])
                .cost (Optional[float])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .dca_elections_complete (Optional[bool])
                .dca_elections_completed_at (Optional[datetime])
                .description (Optional[str])
                .has_submission_transaction (Optional[bool])
                .help_keywords (Optional[str])
                .help_message (Optional[str])
                .message_flow (Optional[str])
                .name (Optional[str])
                .optin_keywords (Optional[str])
                .optin_message (Optional[str])
                .optout_keywords (Optional[str])
                .optout_message (Optional[str])
                .privacy_policy_link (Optional[str])
                .status (Optional[str])
                .submitted_at (Optional[datetime])
                .submitted_to_tcr (Optional[bool])
                .tcr_campaign_id (Optional[str])
                .tcr_sync_error (Optional[str])
                .terms_and_conditions_link (Optional[str])
                .type (Optional[str])
                .updated_at (Optional[datetime])
                .use_cases (Optional[List[CampaignUseCase]])
                .volume (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Profile or campaign not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: campaign_id may also be passed by position, in this order.

        Endpoint: PUT /v3/profiles/{profileId}/campaigns/{campaignId}

        Example:
            client.profiles.campaigns.update(
                campaign_id='campaignId_example',
                profile_id='profileId_example',
                campaign='campaign_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncTemplatesResource(AsyncResource):
    """Reusable message bodies with named variables, reviewed per channel."""
    async def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        auto_create_for_sp: Optional[bool] = None,
        category: Optional[str] = None,
        creation_source: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Template:
        """Create a template: header, body, footer and buttons

        Creates a new message template with header, body, footer, and buttons.

        The template can be submitted for review immediately or saved as draft for later submission.
        There is no `name` field on create — the display name is derived from the template's content and
        can be changed afterwards with `PUT /v3/templates/{id}`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            auto_create_for_sp (Optional[bool], optional, body 'auto_create_for_sp'): Create this template automatically on every sender profile of the organization, now and in future (default: false). Accepted only from an organization that has been enabled for it, and only at creation — it cannot be changed afterwards.
            category (Optional[str], optional, body 'category'): Template category: MARKETING, UTILITY, AUTHENTICATION (optional, auto-detected if not provided)
            creation_source (Optional[str], optional, body 'creation_source'): Source of template creation (default: from-api)
            definition (Optional[Dict[str, Any]], optional, body 'definition'): Complete definition of a message template including header, body, footer, and buttons
            language (Optional[str], optional, body 'language'): Template language code (e.g., en_US) (optional, auto-detected if not provided)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            submit_for_review (Optional[bool], optional, body 'submit_for_review'): Whether to submit the template for review after creation (default: false)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateCreateRequest (the body parameters): Body of templates.create

        Returns:
            Template: Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/templates

        Example:
            client.templates.create(
                x_profile_id='x-profile-id_example',
                auto_create_for_sp=True,
                category='category_example',
                creation_source='creation_source_example',
                definition='definition_example',
                language='language_example',
                sandbox=True,
                submit_for_review=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        auto_create_for_sp: Optional[bool] = None,
        category: Optional[str] = None,
        creation_source: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Template]:
        """Create a template: header, body, footer and buttons

        Creates a new message template with header, body, footer, and buttons.

        The template can be submitted for review immediately or saved as draft for later submission.
        There is no `name` field on create — the display name is derived from the template's content and
        can be changed afterwards with `PUT /v3/templates/{id}`.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            auto_create_for_sp (Optional[bool], optional, body 'auto_create_for_sp'): Create this template automatically on every sender profile of the organization, now and in future (default: false). Accepted only from an organization that has been enabled for it, and only at creation — it cannot be changed afterwards.
            category (Optional[str], optional, body 'category'): Template category: MARKETING, UTILITY, AUTHENTICATION (optional, auto-detected if not provided)
            creation_source (Optional[str], optional, body 'creation_source'): Source of template creation (default: from-api)
            definition (Optional[Dict[str, Any]], optional, body 'definition'): Complete definition of a message template including header, body, footer, and buttons
            language (Optional[str], optional, body 'language'): Template language code (e.g., en_US) (optional, auto-detected if not provided)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            submit_for_review (Optional[bool], optional, body 'submit_for_review'): Whether to submit the template for review after creation (default: false)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateCreateRequest (the body parameters): Body of templates.create

        Returns:
            ApiResponse[Template]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/templates

        Example:
            client.templates.create(
                x_profile_id='x-profile-id_example',
                auto_create_for_sp=True,
                category='category_example',
                creation_source='creation_source_example',
                definition='definition_example',
                language='language_example',
                sandbox=True,
                submit_for_review=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        delete_from_meta: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a template

        Deletes a template by ID.

        Optionally, you can also delete the template from WhatsApp/Meta by setting
        delete_from_meta=true.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            delete_from_meta (Optional[bool], optional, body 'delete_from_meta'): Whether to also delete the template from WhatsApp/Meta (optional, defaults to false)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateDeleteRequest (the body parameters): Body of templates.delete

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/templates/{id}

        Example:
            client.templates.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                delete_from_meta=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        delete_from_meta: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Delete a template

        Deletes a template by ID.

        Optionally, you can also delete the template from WhatsApp/Meta by setting
        delete_from_meta=true.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            delete_from_meta (Optional[bool], optional, body 'delete_from_meta'): Whether to also delete the template from WhatsApp/Meta (optional, defaults to false)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateDeleteRequest (the body parameters): Body of templates.delete

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/templates/{id}

        Example:
            client.templates.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                delete_from_meta=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(
        self,
        *,
        category: Optional[str] = None,
        is_welcome_playground: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        status: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> TemplatePage:
        """List your templates, page by page, optionally filtered by status, category or search term

        Retrieves a paginated list of message templates for the authenticated customer. Supports
        filtering by status, category, and search term.

        Args:
            category (Optional[str], optional, query 'category'): Optional category filter: MARKETING, UTILITY, AUTHENTICATION
            is_welcome_playground (Optional[bool], optional, query 'is_welcome_playground'): Accepted and ignored.
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Optional search term for filtering templates
            status (Optional[str], optional, query 'status'): Optional status filter: APPROVED, PENDING, REJECTED
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            TemplatePage: TemplatePage: One page of templates
                .templates (Optional[List[Template]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .templates of the result.

        Endpoint: GET /v3/templates{?category,is_welcome_playground,page,page_size,search,status}

        Example:
            client.templates.list(
                category='category_example',
                is_welcome_playground=True,
                page=1,
                page_size=1,
                search='search_example',
                status='status_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        category: Optional[str] = None,
        is_welcome_playground: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        status: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[TemplatePage]:
        """List your templates, page by page, optionally filtered by status, category or search term

        Retrieves a paginated list of message templates for the authenticated customer. Supports
        filtering by status, category, and search term.

        Args:
            category (Optional[str], optional, query 'category'): Optional category filter: MARKETING, UTILITY, AUTHENTICATION
            is_welcome_playground (Optional[bool], optional, query 'is_welcome_playground'): Accepted and ignored.
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Optional search term for filtering templates
            status (Optional[str], optional, query 'status'): Optional status filter: APPROVED, PENDING, REJECTED
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[TemplatePage]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is TemplatePage: One page of templates
                .templates (Optional[List[Template]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .templates of the result.

        Endpoint: GET /v3/templates{?category,is_welcome_playground,page,page_size,search,status}

        Example:
            client.templates.list(
                category='category_example',
                is_welcome_playground=True,
                page=1,
                page_size=1,
                search='search_example',
                status='status_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def iter_list(
        self,
        *,
        category: Optional[str] = None,
        is_welcome_playground: Optional[bool] = None,
        search: Optional[str] = None,
        status: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> AsyncPaginator[Template]:
        """Every item of list(), page after page: List your templates, page by page, optionally filtered by status, category or search term.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (category, is_welcome_playground, search, status, x_profile_id) are those of list().

        Returns:
            AsyncPaginator[Template]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    async def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Template:
        """Retrieve a template, with its definition and review status

        Retrieves a specific template by its ID.

        Returns template details including name, category, language, status, and definition.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Template: Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/templates/{id}

        Example:
            client.templates.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Template]:
        """Retrieve a template, with its definition and review status

        Retrieves a specific template by its ID.

        Returns template details including name, category, language, status, and definition.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[Template]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/templates/{id}

        Example:
            client.templates.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def update(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        category: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        name: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Template:
        """Update a template's name, category, language or definition, or submit it for review

        Updates an existing template's name, category, language, definition, or submits it for review.
        While the template is in review (status PENDING, or any channel awaiting a verdict) its
        definition, category and language are frozen and a resubmission is refused — those requests
        answer 409 CONFLICT_006. The display name stays editable throughout.

        `definition`, `category` and `language` are editable only from status DRAFT, REJECTED or
        APPROVED. An edit to any of them on a template in another state (PAUSED, DISABLED or REVOKED) is
        refused with 400 VALIDATION_001 and the detail "Template (except display name) cannot be updated
        unless it is in draft or rejected status"; `name` stays editable in every state.
        `submit_for_review` on a PAUSED, DISABLED or REVOKED template is accepted and answers 200, but
        opens no review and does not move the status — only the reviewer can reinstate it.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            category (Optional[str], optional, body 'category'): Template category: MARKETING, UTILITY, AUTHENTICATION
            definition (Optional[Dict[str, Any]], optional, body 'definition'): Complete definition of a message template including header, body, footer, and buttons
            language (Optional[str], optional, body 'language'): Template language code (e.g., en_US)
            name (Optional[str], optional, body 'name'): Template display name
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            submit_for_review (Optional[bool], optional, body 'submit_for_review'): Whether to submit the template for review after updating (default: false)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateUpdateRequest (the body parameters): Body of templates.update

        Returns:
            Template: Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: PUT /v3/templates/{id}

        Example:
            client.templates.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                category='category_example',
                definition='definition_example',
                language='language_example',
                name='name_example',
                sandbox=True,
                submit_for_review=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        category: Optional[str] = None,
        definition: Optional[Dict[str, Any]] = None,
        language: Optional[str] = None,
        name: Optional[str] = None,
        sandbox: Optional[bool] = None,
        submit_for_review: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Template]:
        """Update a template's name, category, language or definition, or submit it for review

        Updates an existing template's name, category, language, definition, or submits it for review.
        While the template is in review (status PENDING, or any channel awaiting a verdict) its
        definition, category and language are frozen and a resubmission is refused — those requests
        answer 409 CONFLICT_006. The display name stays editable throughout.

        `definition`, `category` and `language` are editable only from status DRAFT, REJECTED or
        APPROVED. An edit to any of them on a template in another state (PAUSED, DISABLED or REVOKED) is
        refused with 400 VALIDATION_001 and the detail "Template (except display name) cannot be updated
        unless it is in draft or rejected status"; `name` stays editable in every state.
        `submit_for_review` on a PAUSED, DISABLED or REVOKED template is accepted and answers 200, but
        opens no review and does not move the status — only the reviewer can reinstate it.

        Args:
            id (str, required, path 'id'): Identifier of the template
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            category (Optional[str], optional, body 'category'): Template category: MARKETING, UTILITY, AUTHENTICATION
            definition (Optional[Dict[str, Any]], optional, body 'definition'): Complete definition of a message template including header, body, footer, and buttons
            language (Optional[str], optional, body 'language'): Template language code (e.g., en_US)
            name (Optional[str], optional, body 'name'): Template display name
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            submit_for_review (Optional[bool], optional, body 'submit_for_review'): Whether to submit the template for review after updating (default: false)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            TemplateUpdateRequest (the body parameters): Body of templates.update

        Returns:
            ApiResponse[Template]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Template: A message template: its definition, category, language and review status per channel
                .customer_id (Optional[str])
                .id (Optional[str])
                .auto_reply_action (Optional[str])
                .category (Optional[str])
                .channels (Optional[List[str]])
                .created_at (Optional[datetime])
                .is_published (Optional[bool])
                .language (Optional[str])
                .name (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])
                .variables (Optional[List[str]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_002: template not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: PUT /v3/templates/{id}

        Example:
            client.templates.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                category='category_example',
                definition='definition_example',
                language='language_example',
                name='name_example',
                sandbox=True,
                submit_for_review=True,
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncUsersResource(AsyncResource):
    """The people who can sign in to your organization, and the role of each."""
    async def invite(
        self,
        *,
        x_profile_id: Optional[str] = None,
        email: Optional[str] = None,
        name: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> User:
        """Invite a user to the organization or profile with a role

        Sends an invitation to a user to join the organization or profile with a specific role. Requires
        admin role. The user will receive an invitation email with a token to accept. Invitation tokens
        expire after 7 days.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            email (Optional[str], optional, body 'email'): User email address (required)
            name (Optional[str], optional, body 'name'): User full name (required)
            role (Optional[str], optional, body 'role'): User role: admin, billing, or developer (required)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            UserInviteRequest (the body parameters): Body of users.invite

        Returns:
            User: User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/users

        Example:
            client.users.invite(
                x_profile_id='x-profile-id_example',
                email='email_example',
                name='name_example',
                role='role_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def invite_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        email: Optional[str] = None,
        name: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[User]:
        """Invite a user to the organization or profile with a role

        Sends an invitation to a user to join the organization or profile with a specific role. Requires
        admin role. The user will receive an invitation email with a token to accept. Invitation tokens
        expire after 7 days.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            email (Optional[str], optional, body 'email'): User email address (required)
            name (Optional[str], optional, body 'name'): User full name (required)
            role (Optional[str], optional, body 'role'): User role: admin, billing, or developer (required)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            UserInviteRequest (the body parameters): Body of users.invite

        Returns:
            ApiResponse[User]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/users

        Example:
            client.users.invite(
                x_profile_id='x-profile-id_example',
                email='email_example',
                name='name_example',
                role='role_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(self, *, x_profile_id: Optional[str] = None) -> UserList:
        """List the users who have access to the organization or profile of the key

        Retrieves all users who have access to the organization or profile identified by the API key,
        including their roles and status. Shows invited users (pending acceptance) and active users.
        Requires developer role or higher.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            UserList: UserList: The users in the organization.
                .pagination (Optional[PaginationMeta])
                .users (Optional[List[User]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/users

        Example:
            client.users.list(
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[UserList]:
        """List the users who have access to the organization or profile of the key

        Retrieves all users who have access to the organization or profile identified by the API key,
        including their roles and status. Shows invited users (pending acceptance) and active users.
        Requires developer role or higher.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[UserList]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is UserList: The users in the organization.
                .pagination (Optional[PaginationMeta])
                .users (Optional[List[User]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/users

        Example:
            client.users.list(
                x_profile_id='x-profile-id_example',
            )
        """
    async def remove(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Remove a user's access to the organization or profile

        Removes a user's access to an organization or profile.

        Requires admin role. You cannot remove yourself or remove the last admin.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: user_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/users/{userId}

        Example:
            client.users.remove(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def remove_with_http_info(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Remove a user's access to the organization or profile

        Removes a user's access to an organization or profile.

        Requires admin role. You cannot remove yourself or remove the last admin.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: user_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/users/{userId}

        Example:
            client.users.remove(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def retrieve(self, user_id: str, *, x_profile_id: Optional[str] = None) -> User:
        """Retrieve a user of the organization or profile

        Retrieves detailed information about a specific user in an organization or profile. Requires
        developer role or higher.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            User: User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found

        Positional: user_id may also be passed by position, in this order.

        Endpoint: GET /v3/users/{userId}

        Example:
            client.users.retrieve(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[User]:
        """Retrieve a user of the organization or profile

        Retrieves detailed information about a specific user in an organization or profile. Requires
        developer role or higher.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[User]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found

        Positional: user_id may also be passed by position, in this order.

        Endpoint: GET /v3/users/{userId}

        Example:
            client.users.retrieve(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def update_role(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> User:
        """Change a user's role

        Updates a user's role in the organization or profile.

        Requires admin role. You cannot change your own role or demote the last admin.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            role (Optional[str], optional, body 'role'): User role: admin, billing, or developer (required)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            UserUpdateRoleRequest (the body parameters): Body of users.update_role

        Returns:
            User: User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: user_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/users/{userId}

        Example:
            client.users.update_role(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
                role='role_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_role_with_http_info(
        self,
        user_id: str,
        *,
        x_profile_id: Optional[str] = None,
        role: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[User]:
        """Change a user's role

        Updates a user's role in the organization or profile.

        Requires admin role. You cannot change your own role or demote the last admin.

        Args:
            user_id (str, required, path 'userId'): Identifier of the user
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            role (Optional[str], optional, body 'role'): User role: admin, billing, or developer (required)
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            UserUpdateRoleRequest (the body parameters): Body of users.update_role

        Returns:
            ApiResponse[User]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is User: A user of the organization or profile, with their role and status
                .id (Optional[str])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .email (Optional[str])
                .invited_at (Optional[datetime])
                .last_login_at (Optional[datetime])
                .name (Optional[str])
                .role (Optional[str])
                .status (Optional[str])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_006: user not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: user_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/users/{userId}

        Example:
            client.users.update_role(
                user_id='userId_example',
                x_profile_id='x-profile-id_example',
                role='role_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncVoiceResource(AsyncResource):
    """Phone calls (grouping resource)."""
    calls: AsyncVoiceCallsResource
    tokens: AsyncVoiceTokensResource

class AsyncVoiceCallsResource(AsyncResource):
    """Phone calls from the numbers you hold, driven by your own callback URL."""
    participants: AsyncVoiceCallsParticipantsResource
    async def hangup(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Hang up one of your live calls

        Ends one of your live calls.

        The call then ends the way any other call does once the disconnect is reported: an answered call
        as COMPLETED with call.completed, a call still ringing as NO_ANSWER, REJECTED or FAILED with
        call.failed. A call that has already ended answers 409, and so does a call with no phone leg,
        such as one between two app users.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/hangup

        Example:
            client.voice.calls.hangup(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def hangup_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Hang up one of your live calls

        Ends one of your live calls.

        The call then ends the way any other call does once the disconnect is reported: an answered call
        as COMPLETED with call.completed, a call still ringing as NO_ANSWER, REJECTED or FAILED with
        call.failed. A call that has already ended answers 409, and so does a call with no phone leg,
        such as one between two app users.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/hangup

        Example:
            client.voice.calls.hangup(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(
        self,
        *,
        direction: Optional[str] = None,
        from_: Optional[Union[str, datetime]] = None,
        number: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        status: Optional[str] = None,
        to: Optional[Union[str, datetime]] = None,
        x_profile_id: Optional[str] = None,
    ) -> CallPage:
        """List your calls, page by page, most recent first

        Retrieves a paginated list of your calls, most recent first.

        Filter by direction, status, the owning number, and the time the call started (from and to are
        inclusive). Use the call webhooks for real-time updates; this list is for looking calls up
        afterwards.

        Args:
            direction (Optional[str], optional, query 'direction'): Optional direction filter: outbound for calls placed from your app, inbound for calls to one of your numbers
            from_ (Optional[Union[str, datetime]], optional, query 'from', format=date-time): Only calls started at or after this time (ISO 8601)
            number (Optional[str], optional, query 'number'): Optional filter on the number that owns the call, one of your voice-enabled numbers in E.164 format
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            status (Optional[str], optional, query 'status'): Optional status filter: initiated, ringing, answered, completed, failed, no_answer or rejected
            to (Optional[Union[str, datetime]], optional, query 'to', format=date-time): Only calls started at or before this time (ISO 8601)
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            CallPage: CallPage: One page of calls
                .calls (Optional[List[Call]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .calls of the result.

        Endpoint: GET /v3/voice/calls{?direction,from,number,page,page_size,status,to}

        Example:
            client.voice.calls.list(
                direction='direction_example',
                from_='2024-01-01T12:00:00Z',
                number='number_example',
                page=1,
                page_size=1,
                status='status_example',
                to='2024-01-01T12:00:00Z',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        direction: Optional[str] = None,
        from_: Optional[Union[str, datetime]] = None,
        number: Optional[str] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        status: Optional[str] = None,
        to: Optional[Union[str, datetime]] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[CallPage]:
        """List your calls, page by page, most recent first

        Retrieves a paginated list of your calls, most recent first.

        Filter by direction, status, the owning number, and the time the call started (from and to are
        inclusive). Use the call webhooks for real-time updates; this list is for looking calls up
        afterwards.

        Args:
            direction (Optional[str], optional, query 'direction'): Optional direction filter: outbound for calls placed from your app, inbound for calls to one of your numbers
            from_ (Optional[Union[str, datetime]], optional, query 'from', format=date-time): Only calls started at or after this time (ISO 8601)
            number (Optional[str], optional, query 'number'): Optional filter on the number that owns the call, one of your voice-enabled numbers in E.164 format
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            status (Optional[str], optional, query 'status'): Optional status filter: initiated, ringing, answered, completed, failed, no_answer or rejected
            to (Optional[Union[str, datetime]], optional, query 'to', format=date-time): Only calls started at or before this time (ISO 8601)
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[CallPage]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is CallPage: One page of calls
                .calls (Optional[List[Call]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .calls of the result.

        Endpoint: GET /v3/voice/calls{?direction,from,number,page,page_size,status,to}

        Example:
            client.voice.calls.list(
                direction='direction_example',
                from_='2024-01-01T12:00:00Z',
                number='number_example',
                page=1,
                page_size=1,
                status='status_example',
                to='2024-01-01T12:00:00Z',
                x_profile_id='x-profile-id_example',
            )
        """
    def iter_list(
        self,
        *,
        direction: Optional[str] = None,
        from_: Optional[Union[str, datetime]] = None,
        number: Optional[str] = None,
        status: Optional[str] = None,
        to: Optional[Union[str, datetime]] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> AsyncPaginator[Call]:
        """Every item of list(), page after page: List your calls, page by page, most recent first.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (direction, from_, number, status, to, x_profile_id) are those of list().

        Returns:
            AsyncPaginator[Call]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    async def list_recordings(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> CallRecordings:
        """List the recordings of one of your calls, as pre-signed links

        Returns pre-signed links to the recordings of one of your calls, each valid until its
        url_expires_at. A recording appears once the call was recorded, by a connect answer with record
        set, a startRecording instruction or the recordings command, and the call.recording_ready
        webhook has been sent; until then, and for a call that was never recorded, the list is empty. A
        call recorded more than once lists every recording, oldest first, each under the recording_id
        its call.recording_ready webhook carried.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            CallRecordings: CallRecordings: The recordings of a call, each as a short-lived download link
                .recordings (Optional[List[CallRecording]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}/recordings

        Example:
            client.voice.calls.list_recordings(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_recordings_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[CallRecordings]:
        """List the recordings of one of your calls, as pre-signed links

        Returns pre-signed links to the recordings of one of your calls, each valid until its
        url_expires_at. A recording appears once the call was recorded, by a connect answer with record
        set, a startRecording instruction or the recordings command, and the call.recording_ready
        webhook has been sent; until then, and for a call that was never recorded, the list is empty. A
        call recorded more than once lists every recording, oldest first, each under the recording_id
        its call.recording_ready webhook carried.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[CallRecordings]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is CallRecordings: The recordings of a call, each as a short-lived download link
                .recordings (Optional[List[CallRecording]])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}/recordings

        Example:
            client.voice.calls.list_recordings(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def record(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        action: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Start or stop recording one of your live calls

        Starts or stops recording one of your live calls.

        Use start to begin recording mid-call, or stop to end a recording, whether it was started here
        or by a connect answer with record set. A call that has already ended answers 409, and so does a
        call with no phone leg, such as one between two app users, which can't be recorded.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            action (Optional[str], optional, body 'action'): start to begin recording, stop to end it
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            CallRecordRequest (the body parameters): Body of voice.calls.record

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/recordings

        Example:
            client.voice.calls.record(
                id='id_example',
                x_profile_id='x-profile-id_example',
                action='action_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def record_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        action: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Start or stop recording one of your live calls

        Starts or stops recording one of your live calls.

        Use start to begin recording mid-call, or stop to end a recording, whether it was started here
        or by a connect answer with record set. A call that has already ended answers 409, and so does a
        call with no phone leg, such as one between two app users, which can't be recorded.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            action (Optional[str], optional, body 'action'): start to begin recording, stop to end it
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            CallRecordRequest (the body parameters): Body of voice.calls.record

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/recordings

        Example:
            client.voice.calls.record(
                id='id_example',
                x_profile_id='x-profile-id_example',
                action='action_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Call:
        """Retrieve one of your calls: parties, status, duration, price and timeline

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Call: Call: A call record
                .id (Optional[str])
                .answered_at (Optional[datetime])
                .direction (Optional[str])
                .duration_seconds (Optional[int])
                .ended_at (Optional[datetime])
                .failure_reason (Optional[str])
                .from_ (Optional[CallParty])
                .mode (Optional[str])
                .number (Optional[str])
                .price (Optional[float])
                .recording_available (Optional[bool])
                .started_at (Optional[datetime])
                .status (Optional[str])
                .timeline (Optional[List[CallTimelineEntry]])
                .to (Optional[CallParty])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}

        Example:
            client.voice.calls.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Call]:
        """Retrieve one of your calls: parties, status, duration, price and timeline

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[Call]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Call: A call record
                .id (Optional[str])
                .answered_at (Optional[datetime])
                .direction (Optional[str])
                .duration_seconds (Optional[int])
                .ended_at (Optional[datetime])
                .failure_reason (Optional[str])
                .from_ (Optional[CallParty])
                .mode (Optional[str])
                .number (Optional[str])
                .price (Optional[float])
                .recording_available (Optional[bool])
                .started_at (Optional[datetime])
                .status (Optional[str])
                .timeline (Optional[List[CallTimelineEntry]])
                .to (Optional[CallParty])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}

        Example:
            client.voice.calls.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """

class AsyncVoiceCallsParticipantsResource(AsyncResource):
    """Who is in the conference room of a live call: add, mute, remove."""
    async def add(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        caller_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        to: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> Call:
        """Dial an app user or a phone number into the conference room of a call

        Dials one of your app users or a phone number into a call that is in a conference room, and
        answers with the participant's own call record. The participant is a call of their own: it has
        its own id, can be looked up and hung up, and is billed and reported through call.completed and
        call.failed like any other call. Every participant needs a positive balance. A phone participant
        is called from caller_id, which must be one of your numbers, or from the call's owning number
        when omitted, and needs a destination you may call.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            caller_id (Optional[str], optional, body 'caller_id'): The number shown to a phone participant as the caller, in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            to (Optional[Dict[str, Any]], optional, body 'to'): A participant to add to a call
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            ParticipantAddRequest (the body parameters): Body of voice.calls.participants.add

        Returns:
            Call: Call: A call record
                .id (Optional[str])
                .answered_at (Optional[datetime])
                .direction (Optional[str])
                .duration_seconds (Optional[int])
                .ended_at (Optional[datetime])
                .failure_reason (Optional[str])
                .from_ (Optional[CallParty])
                .mode (Optional[str])
                .number (Optional[str])
                .price (Optional[float])
                .recording_available (Optional[bool])
                .started_at (Optional[datetime])
                .status (Optional[str])
                .timeline (Optional[List[CallTimelineEntry]])
                .to (Optional[CallParty])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.add(
                id='id_example',
                x_profile_id='x-profile-id_example',
                caller_id='caller_id_example',
                sandbox=True,
                to='to_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def add_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        caller_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        to: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Call]:
        """Dial an app user or a phone number into the conference room of a call

        Dials one of your app users or a phone number into a call that is in a conference room, and
        answers with the participant's own call record. The participant is a call of their own: it has
        its own id, can be looked up and hung up, and is billed and reported through call.completed and
        call.failed like any other call. Every participant needs a positive balance. A phone participant
        is called from caller_id, which must be one of your numbers, or from the call's owning number
        when omitted, and needs a destination you may call.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            caller_id (Optional[str], optional, body 'caller_id'): The number shown to a phone participant as the caller, in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            to (Optional[Dict[str, Any]], optional, body 'to'): A participant to add to a call
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            ParticipantAddRequest (the body parameters): Body of voice.calls.participants.add

        Returns:
            ApiResponse[Call]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Call: A call record
                .id (Optional[str])
                .answered_at (Optional[datetime])
                .direction (Optional[str])
                .duration_seconds (Optional[int])
                .ended_at (Optional[datetime])
                .failure_reason (Optional[str])
                .from_ (Optional[CallParty])
                .mode (Optional[str])
                .number (Optional[str])
                .price (Optional[float])
                .recording_available (Optional[bool])
                .started_at (Optional[datetime])
                .status (Optional[str])
                .timeline (Optional[List[CallTimelineEntry]])
                .to (Optional[CallParty])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.add(
                id='id_example',
                x_profile_id='x-profile-id_example',
                caller_id='caller_id_example',
                sandbox=True,
                to='to_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(self, id: str, *, x_profile_id: Optional[str] = None) -> List[CallParticipant]:
        """List who is in the conference room of a live call

        Lists who is in the conference room one of your live calls is in: each participant's own call
        id, who they are, whether the room mutes them, and how long they have been connected. The call
        itself is one of the participants. Use a participant's id to mute or remove them; it is also a
        call id, so GET /v3/voice/calls/{id} accepts it. A call that has ended answers 409, as does a
        call that is not in a conference.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            List[CallParticipant]: a list of CallParticipant: A participant of a conference call
                .id (Optional[str])
                .duration_seconds (Optional[int])
                .kind (Optional[str])
                .muted (Optional[bool])
                .value (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.list(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[List[CallParticipant]]:
        """List who is in the conference room of a live call

        Lists who is in the conference room one of your live calls is in: each participant's own call
        id, who they are, whether the room mutes them, and how long they have been connected. The call
        itself is one of the participants. Use a participant's id to mute or remove them; it is also a
        call id, so GET /v3/voice/calls/{id} accepts it. A call that has ended answers 409, as does a
        call that is not in a conference.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[List[CallParticipant]]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is a list of CallParticipant: A participant of a conference call
                .id (Optional[str])
                .duration_seconds (Optional[int])
                .kind (Optional[str])
                .muted (Optional[bool])
                .value (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.list(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def remove(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> None:
        """Remove one participant from the conference room of a live call

        Removes one participant from the conference room a live call is in, named by the participant's
        own call id from the participants list. Their leg ends and is reported through call.completed
        like any other call; everyone else stays connected. A participant who is not in this call's room
        answers 404. A call that has ended answers 409, as does a call that is not in a conference.

        Args:
            participant_id (str, required, path 'participantId'): The participant's own call id, from the participants list
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: participant_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/voice/calls/{id}/participants/{participantId}

        Example:
            client.voice.calls.participants.remove(
                participant_id='participantId_example',
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    async def remove_with_http_info(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> ApiResponse[None]:
        """Remove one participant from the conference room of a live call

        Removes one participant from the conference room a live call is in, named by the participant's
        own call id from the participants list. Their leg ends and is reported through call.completed
        like any other call; everyone else stays connected. A participant who is not in this call's room
        answers 404. A call that has ended answers 409, as does a call that is not in a conference.

        Args:
            participant_id (str, required, path 'participantId'): The participant's own call id, from the participants list
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: participant_id may also be passed by position, in this order.

        Endpoint: DELETE /v3/voice/calls/{id}/participants/{participantId}

        Example:
            client.voice.calls.participants.remove(
                participant_id='participantId_example',
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    async def remove_all(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> None:
        """Remove every participant from the conference room of a live call, the call included

        Removes every participant from the conference room a live call is in, the call itself included.
        Every leg ends and is reported through call.completed like any other call. A room that is
        already empty answers 204 as well. A call that has ended answers 409, as does a call that is not
        in a conference.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.remove_all(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    async def remove_all_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
    ) -> ApiResponse[None]:
        """Remove every participant from the conference room of a live call, the call included

        Removes every participant from the conference room a live call is in, the call itself included.
        Every leg ends and is reported through call.completed like any other call. A room that is
        already empty answers 204 as well. A call that has ended answers 409, as does a call that is not
        in a conference.

        Args:
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/voice/calls/{id}/participants

        Example:
            client.voice.calls.participants.remove_all(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
            )
        """
    async def update(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        muted: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Mute or unmute one participant of the conference room of a live call

        Mutes or unmutes one participant of the conference room a live call is in, named by the
        participant's own call id from the participants list: send muted true to silence them, muted
        false to let them be heard again. Muting a participant who is already muted succeeds, as does
        unmuting one who is not. A participant who is not in this call's room answers 404. A call that
        has ended answers 409, as does a call that is not in a conference.

        Args:
            participant_id (str, required, path 'participantId'): The participant's own call id, from the participants list
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            muted (Optional[bool], optional, body 'muted'): true to mute the participant, false to unmute them
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            ParticipantUpdateRequest (the body parameters): Body of voice.calls.participants.update

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: participant_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/voice/calls/{id}/participants/{participantId}

        Example:
            client.voice.calls.participants.update(
                participant_id='participantId_example',
                id='id_example',
                x_profile_id='x-profile-id_example',
                muted=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_with_http_info(
        self,
        participant_id: str,
        *,
        id: str,
        x_profile_id: Optional[str] = None,
        muted: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Mute or unmute one participant of the conference room of a live call

        Mutes or unmutes one participant of the conference room a live call is in, named by the
        participant's own call id from the participants list: send muted true to silence them, muted
        false to let them be heard again. Muting a participant who is already muted succeeds, as does
        unmuting one who is not. A participant who is not in this call's room answers 404. A call that
        has ended answers 409, as does a call that is not in a conference.

        Args:
            participant_id (str, required, path 'participantId'): The participant's own call id, from the participants list
            id (str, required, path 'id'): Identifier of the call
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            muted (Optional[bool], optional, body 'muted'): true to mute the participant, false to unmute them
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            ParticipantUpdateRequest (the body parameters): Body of voice.calls.participants.update

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: Call or participant not found

        Positional: participant_id may also be passed by position, in this order.

        Endpoint: PATCH /v3/voice/calls/{id}/participants/{participantId}

        Example:
            client.voice.calls.participants.update(
                participant_id='participantId_example',
                id='id_example',
                x_profile_id='x-profile-id_example',
                muted=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncVoiceTokensResource(AsyncResource):
    """Short-lived tokens that let a user of your app place and receive calls."""
    async def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        identity: Optional[str] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        ttl: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> VoiceToken:
        """Mint a short-lived token that lets one of your app users place and receive calls

        Mints a short-lived token for one of your app users.

        Call this from your backend and return the token to your app, which passes it to the voice
        client SDK to register. The identity is bound to the given number, or to your default app-call
        number when omitted, and calls placed by that identity are routed through the bound number.
        Minting again re-binds the identity, so an identity can move between numbers.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            identity (Optional[str], optional, body 'identity'): Your identifier for the app user, such as an agent or account id.
            number (Optional[str], optional, body 'number'): One of your voice-enabled phone numbers in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            ttl (Optional[int], optional, body 'ttl'): Token lifetime in seconds. Defaults to 600 and cannot exceed 3600.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            TokenCreateRequest (the body parameters): Body of voice.tokens.create

        Returns:
            VoiceToken: VoiceToken: A short-lived token your app passes to the voice client SDK to register
                .token (Optional[str])
                .expires_at (Optional[datetime])
                .identity (Optional[str])
                .number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Endpoint: POST /v3/voice/tokens

        Example:
            client.voice.tokens.create(
                x_profile_id='x-profile-id_example',
                identity='identity_example',
                number='number_example',
                sandbox=True,
                ttl=1,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        identity: Optional[str] = None,
        number: Optional[str] = None,
        sandbox: Optional[bool] = None,
        ttl: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[VoiceToken]:
        """Mint a short-lived token that lets one of your app users place and receive calls

        Mints a short-lived token for one of your app users.

        Call this from your backend and return the token to your app, which passes it to the voice
        client SDK to register. The identity is bound to the given number, or to your default app-call
        number when omitted, and calls placed by that identity are routed through the bound number.
        Minting again re-binds the identity, so an identity can move between numbers.

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            identity (Optional[str], optional, body 'identity'): Your identifier for the app user, such as an agent or account id.
            number (Optional[str], optional, body 'number'): One of your voice-enabled phone numbers in E.164 format.
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            ttl (Optional[int], optional, body 'ttl'): Token lifetime in seconds. Defaults to 600 and cannot exceed 3600.
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            TokenCreateRequest (the body parameters): Body of voice.tokens.create

        Returns:
            ApiResponse[VoiceToken]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is VoiceToken: A short-lived token your app passes to the voice client SDK to register
                .token (Optional[str])
                .expires_at (Optional[datetime])
                .identity (Optional[str])
                .number (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Endpoint: POST /v3/voice/tokens

        Example:
            client.voice.tokens.create(
                x_profile_id='x-profile-id_example',
                identity='identity_example',
                number='number_example',
                sandbox=True,
                ttl=1,
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncWebhooksResource(AsyncResource):
    """Delivery reports and inbound messages, pushed to your HTTPS endpoint."""
    async def create(
        self,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> Webhook:
        """Create a webhook: an HTTPS endpoint that receives your events

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            display_name (Optional[str], optional, body 'display_name'): Name shown in the dashboard
            endpoint_url (Optional[str], optional, body 'endpoint_url'): Public HTTPS URL the events are posted to
            event_filters (Optional[Dict[str, Any]], optional, body 'event_filters'): Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}
            event_types (Optional[List[str]], optional, body 'event_types'): The event types (parents such as message, templates) delivered to it
            retry_count (Optional[int], optional, body 'retry_count', minimum=1, maximum=5): How many times a failed delivery is retried
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sender_profile (Optional[Dict[str, Any]], optional, body 'sender_profile'): Request-only: the events an organization webhook's sender profile clones receive, one clone per existing and future profile. Responses never return it.
            timeout_seconds (Optional[int], optional, body 'timeout_seconds', minimum=5, maximum=120): Seconds to wait for the endpoint to answer a delivery
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            WebhookRequest (the body parameters): Body of webhooks.create and webhooks.update

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/webhooks

        Example:
            client.webhooks.create(
                x_profile_id='x-profile-id_example',
                display_name='display_name_example',
                endpoint_url='endpoint_url_example',
                event_filters={},
                event_types=[],
                retry_count=3,
                sandbox=True,
                sender_profile='sender_profile_example',
                timeout_seconds=30,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """Create a webhook: an HTTPS endpoint that receives your events

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            display_name (Optional[str], optional, body 'display_name'): Name shown in the dashboard
            endpoint_url (Optional[str], optional, body 'endpoint_url'): Public HTTPS URL the events are posted to
            event_filters (Optional[Dict[str, Any]], optional, body 'event_filters'): Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}
            event_types (Optional[List[str]], optional, body 'event_types'): The event types (parents such as message, templates) delivered to it
            retry_count (Optional[int], optional, body 'retry_count', minimum=1, maximum=5): How many times a failed delivery is retried
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sender_profile (Optional[Dict[str, Any]], optional, body 'sender_profile'): Request-only: the events an organization webhook's sender profile clones receive, one clone per existing and future profile. Responses never return it.
            timeout_seconds (Optional[int], optional, body 'timeout_seconds', minimum=5, maximum=120): Seconds to wait for the endpoint to answer a delivery
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            WebhookRequest (the body parameters): Body of webhooks.create and webhooks.update

        Returns:
            ApiResponse[Webhook]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Endpoint: POST /v3/webhooks

        Example:
            client.webhooks.create(
                x_profile_id='x-profile-id_example',
                display_name='display_name_example',
                endpoint_url='endpoint_url_example',
                event_filters={},
                event_types=[],
                retry_count=3,
                sandbox=True,
                sender_profile='sender_profile_example',
                timeout_seconds=30,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        """Delete a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/webhooks/{id}

        Example:
            client.webhooks.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[None]:
        """Delete a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: DELETE /v3/webhooks/{id}

        Example:
            client.webhooks.delete(
                id='id_example',
                x_profile_id='x-profile-id_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def list(
        self,
        *,
        is_active: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> WebhookPage:
        """List your webhooks, page by page

        Args:
            is_active (Optional[bool], optional, query 'is_active'): Only active (true) or inactive (false) ones
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Only those matching this search term
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            WebhookPage: WebhookPage: One page of webhooks
                .webhooks (Optional[List[Webhook]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .webhooks of the result.

        Endpoint: GET /v3/webhooks{?is_active,page,page_size,search}

        Example:
            client.webhooks.list(
                is_active=True,
                page=1,
                page_size=1,
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_with_http_info(
        self,
        *,
        is_active: Optional[bool] = None,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[WebhookPage]:
        """List your webhooks, page by page

        Args:
            is_active (Optional[bool], optional, query 'is_active'): Only active (true) or inactive (false) ones
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Only those matching this search term
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[WebhookPage]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is WebhookPage: One page of webhooks
                .webhooks (Optional[List[Webhook]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)

        Pagination: page is the page number, page_size the page size. The items are .webhooks of the result.

        Endpoint: GET /v3/webhooks{?is_active,page,page_size,search}

        Example:
            client.webhooks.list(
                is_active=True,
                page=1,
                page_size=1,
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def iter_list(
        self,
        *,
        is_active: Optional[bool] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> AsyncPaginator[Webhook]:
        """Every item of list(), page after page: List your webhooks, page by page.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (is_active, search, x_profile_id) are those of list().

        Returns:
            AsyncPaginator[Webhook]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    async def list_event_types(self, *, x_profile_id: Optional[str] = None) -> WebhookEventTypeList:
        """List the event types a webhook can subscribe to

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            WebhookEventTypeList: WebhookEventTypeList: The webhook event types a customer can subscribe to.
                .event_types (Optional[List[WebhookEventType]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/webhooks/event-types

        Example:
            client.webhooks.list_event_types(
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_event_types_with_http_info(
        self,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[WebhookEventTypeList]:
        """List the event types a webhook can subscribe to

        Args:
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[WebhookEventTypeList]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is WebhookEventTypeList: The webhook event types a customer can subscribe to.
                .event_types (Optional[List[WebhookEventType]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: GET /v3/webhooks/event-types

        Example:
            client.webhooks.list_event_types(
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_events(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> WebhookEventRecordPage:
        """List a webhook's deliveries, page by page

        Retrieves a paginated list of delivery events for the specified webhook.

        If the webhook is cloned onto your sender profiles, the list includes what those clones
        received; read payload.account_id to tell whose event it is.

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Only those matching this search term
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            WebhookEventRecordPage: WebhookEventRecordPage: One page of events
                .events (Optional[List[WebhookEventRecord]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Pagination: page is the page number, page_size the page size. The items are .events of the result.

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/webhooks/{id}/events{?page,page_size,search}

        Example:
            client.webhooks.list_events(
                id='id_example',
                page=1,
                page_size=1,
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def list_events_with_http_info(
        self,
        id: str,
        *,
        page: Optional[int] = None,
        page_size: Optional[int] = None,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[WebhookEventRecordPage]:
        """List a webhook's deliveries, page by page

        Retrieves a paginated list of delivery events for the specified webhook.

        If the webhook is cloned onto your sender profiles, the list includes what those clones
        received; read payload.account_id to tell whose event it is.

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            page (Optional[int], optional, query 'page'): Page number (1-indexed)
            page_size (Optional[int], optional, query 'page_size'): Number of items per page
            search (Optional[str], optional, query 'search'): Only those matching this search term
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[WebhookEventRecordPage]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is WebhookEventRecordPage: One page of events
                .events (Optional[List[WebhookEventRecord]])
                .pagination (Optional[PaginationMeta])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Pagination: page is the page number, page_size the page size. The items are .events of the result.

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/webhooks/{id}/events{?page,page_size,search}

        Example:
            client.webhooks.list_events(
                id='id_example',
                page=1,
                page_size=1,
                search='search_example',
                x_profile_id='x-profile-id_example',
            )
        """
    def iter_list_events(
        self,
        id: str,
        *,
        search: Optional[str] = None,
        x_profile_id: Optional[str] = None,
        page_size: int = 100,
    ) -> AsyncPaginator[WebhookEventRecord]:
        """Every item of list_events(), page after page: List a webhook's deliveries, page by page.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until a page's ``pagination.has_more`` is false (or, without it, the first short or empty page). The other arguments (id, search, x_profile_id) are those of list_events().

        Returns:
            AsyncPaginator[WebhookEventRecord]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    async def retrieve(self, id: str, *, x_profile_id: Optional[str] = None) -> Webhook:
        """Retrieve a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/webhooks/{id}

        Example:
            client.webhooks.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def retrieve_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """Retrieve a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account

        Returns:
            ApiResponse[Webhook]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: GET /v3/webhooks/{id}

        Example:
            client.webhooks.retrieve(
                id='id_example',
                x_profile_id='x-profile-id_example',
            )
        """
    async def rotate_secret(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> WebhookSecret:
        """Rotate a webhook's signing secret and return the new one

        Generates a new signing secret for the specified webhook.

        The old secret is immediately invalidated.

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            WebhookSecret: WebhookSecret: A webhook's new signing secret
                .signing_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/webhooks/{id}/rotate-secret

        Example:
            client.webhooks.rotate_secret(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def rotate_secret_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[WebhookSecret]:
        """Rotate a webhook's signing secret and return the new one

        Generates a new signing secret for the specified webhook.

        The old secret is immediately invalidated.

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            SandboxRequest (the body parameters): Body of a mutation that takes nothing but the sandbox flag

        Returns:
            ApiResponse[WebhookSecret]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is WebhookSecret: A webhook's new signing secret
                .signing_secret (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/webhooks/{id}/rotate-secret

        Example:
            client.webhooks.rotate_secret(
                id='id_example',
                x_profile_id='x-profile-id_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def test(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        event_type: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> WebhookTestResult:
        """Send a test event to a webhook's endpoint

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            event_type (Optional[str], optional, body 'event_type'): The event type
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            WebhookTestRequest (the body parameters): Body of webhooks.test

        Returns:
            WebhookTestResult: WebhookTestResult: The outcome of a test event sent to a webhook
                .message (Optional[str])
                .success (Optional[bool])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/webhooks/{id}/test

        Example:
            client.webhooks.test(
                id='id_example',
                x_profile_id='x-profile-id_example',
                event_type='event_type_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def test_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        event_type: Optional[str] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[WebhookTestResult]:
        """Send a test event to a webhook's endpoint

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            event_type (Optional[str], optional, body 'event_type'): The event type
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            WebhookTestRequest (the body parameters): Body of webhooks.test

        Returns:
            ApiResponse[WebhookTestResult]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is WebhookTestResult: The outcome of a test event sent to a webhook
                .message (Optional[str])
                .success (Optional[bool])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: POST /v3/webhooks/{id}/test

        Example:
            client.webhooks.test(
                id='id_example',
                x_profile_id='x-profile-id_example',
                event_type='event_type_example',
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def toggle_status(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        is_active: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> Webhook:
        """Turn a webhook on or off

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            is_active (Optional[bool], optional, body 'is_active'): Whether it is active
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            WebhookToggleStatusRequest (the body parameters): Body of webhooks.toggle_status

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: PATCH /v3/webhooks/{id}/toggle-status

        Example:
            client.webhooks.toggle_status(
                id='id_example',
                x_profile_id='x-profile-id_example',
                is_active=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def toggle_status_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        is_active: Optional[bool] = None,
        sandbox: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """Turn a webhook on or off

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            is_active (Optional[bool], optional, body 'is_active'): Whether it is active
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            WebhookToggleStatusRequest (the body parameters): Body of webhooks.toggle_status

        Returns:
            ApiResponse[Webhook]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found

        Positional: id may also be passed by position, in this order.

        Endpoint: PATCH /v3/webhooks/{id}/toggle-status

        Example:
            client.webhooks.toggle_status(
                id='id_example',
                x_profile_id='x-profile-id_example',
                is_active=True,
                sandbox=True,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> Webhook:
        """Change a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            display_name (Optional[str], optional, body 'display_name'): Name shown in the dashboard
            endpoint_url (Optional[str], optional, body 'endpoint_url'): Public HTTPS URL the events are posted to
            event_filters (Optional[Dict[str, Any]], optional, body 'event_filters'): Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}
            event_types (Optional[List[str]], optional, body 'event_types'): The event types (parents such as message, templates) delivered to it
            retry_count (Optional[int], optional, body 'retry_count', minimum=1, maximum=5): How many times a failed delivery is retried
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sender_profile (Optional[Dict[str, Any]], optional, body 'sender_profile'): Request-only: the events an organization webhook's sender profile clones receive, one clone per existing and future profile. Responses never return it.
            timeout_seconds (Optional[int], optional, body 'timeout_seconds', minimum=5, maximum=120): Seconds to wait for the endpoint to answer a delivery
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            WebhookRequest (the body parameters): Body of webhooks.create and webhooks.update

        Returns:
            Webhook: Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: PUT /v3/webhooks/{id}

        Example:
            client.webhooks.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                display_name='display_name_example',
                endpoint_url='endpoint_url_example',
                event_filters={},
                event_types=[],
                retry_count=3,
                sandbox=True,
                sender_profile='sender_profile_example',
                timeout_seconds=30,
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def update_with_http_info(
        self,
        id: str,
        *,
        x_profile_id: Optional[str] = None,
        display_name: Optional[str] = None,
        endpoint_url: Optional[str] = None,
        event_filters: Optional[Dict[str, Any]] = None,
        event_types: Optional[List[str]] = None,
        retry_count: Optional[int] = None,
        sandbox: Optional[bool] = None,
        sender_profile: Optional[Dict[str, Any]] = None,
        timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Webhook]:
        """Change a webhook

        Args:
            id (str, required, path 'id'): Identifier of the webhook
            x_profile_id (Optional[str], optional, header 'x-profile-id'): Act for this profile (sender profile) of your organization instead of the key's own account
            display_name (Optional[str], optional, body 'display_name'): Name shown in the dashboard
            endpoint_url (Optional[str], optional, body 'endpoint_url'): Public HTTPS URL the events are posted to
            event_filters (Optional[Dict[str, Any]], optional, body 'event_filters'): Per event type, the sub-types delivered, e.g. {"message": ["delivered", "failed"]}
            event_types (Optional[List[str]], optional, body 'event_types'): The event types (parents such as message, templates) delivered to it
            retry_count (Optional[int], optional, body 'retry_count', minimum=1, maximum=5): How many times a failed delivery is retried
            sandbox (Optional[bool], optional, body 'sandbox'): Sandbox flag: when true, the request is validated and answered realistically, without side effects (nothing is sent, stored or charged)
            sender_profile (Optional[Dict[str, Any]], optional, body 'sender_profile'): Request-only: the events an organization webhook's sender profile clones receive, one clone per existing and future profile. Responses never return it.
            timeout_seconds (Optional[int], optional, body 'timeout_seconds', minimum=5, maximum=120): Seconds to wait for the endpoint to answer a delivery
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', pattern=^[a-zA-Z0-9_-]{1,255}$, minLength=1, maxLength=255): A key unique to this call (a UUID, an order number): the API performs calls with the same key once, so the client retries this one after a timeout or a server error with the same key. Without one, the client generates a key for the call.

        Request body:
            WebhookRequest (the body parameters): Body of webhooks.create and webhooks.update

        Returns:
            ApiResponse[Webhook]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Webhook: A webhook: its endpoint, the events it receives, its signing secret and delivery statistics
                .id (Optional[str])
                .consecutive_failures (Optional[int])
                .created_at (Optional[datetime])
                .customer_id (Optional[str])
                .display_name (Optional[str])
                .endpoint_url (Optional[str])
                .event_filters (Optional[Dict[str, Any]])
                .event_types (Optional[List[str]])
                .is_active (Optional[bool])
                .last_delivery_attempt_at (Optional[datetime])
                .last_successful_delivery_at (Optional[datetime])
                .retry_count (Optional[int])
                .signing_secret (Optional[str])
                .timeout_seconds (Optional[int])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: VALIDATION_001: the request is invalid (details name the fields)
            sentdm.NotFoundError: HTTP 404: RESOURCE_008: webhook not found
            sentdm.ConflictError: HTTP 409: CONFLICT_001: a request with this idempotency key is still in progress

        Positional: id may also be passed by position, in this order.

        Endpoint: PUT /v3/webhooks/{id}

        Example:
            client.webhooks.update(
                id='id_example',
                x_profile_id='x-profile-id_example',
                display_name='display_name_example',
                endpoint_url='endpoint_url_example',
                event_filters={},
                event_types=[],
                retry_count=3,
                sandbox=True,
                sender_profile='sender_profile_example',
                timeout_seconds=30,
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncResources:
    """The resource attributes of an AsyncClient."""
    channels: AsyncChannelsResource
    contacts: AsyncContactsResource
    conversations: AsyncConversationsResource
    me: AsyncMeResource
    messages: AsyncMessagesResource
    numbers: AsyncNumbersResource
    profiles: AsyncProfilesResource
    templates: AsyncTemplatesResource
    users: AsyncUsersResource
    voice: AsyncVoiceResource
    webhooks: AsyncWebhooksResource

class Client(Resources, _Client):  # type: ignore[misc]
    """A client of the API version 'v3': what sentdm.Client(api='v3') gives."""

class AsyncClient(AsyncResources, _AsyncClient):  # type: ignore[misc]
    """An asyncio client of the API version 'v3': what sentdm.AsyncClient(api='v3') gives."""
