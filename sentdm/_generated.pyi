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

from .client import Configuration, TimeoutArg
from .service import Endpoints
from ._generated_v3 import AsyncClient as AsyncV3Client, Client as V3Client

_ClientT = TypeVar("_ClientT")
_AsyncClientT = TypeVar("_AsyncClientT")

__all__ = [
    "Contact",
    "Customer",
    "CustomersUpdateCustomerRequest",
    "MessagesSendMessageToContact400Response",
    "MessagesSendMessageToContactResponse",
    "MessagesSendMessageToPhoneNumberResponse",
    "PayloadPhoneNumber",
    "ResponsesTemplateResponse",
    "SMSPayload",
    "SendMessageToContactRequest",
    "SendMessageToPhoneNumberRequest",
    "SmsGetContactInfoResponse",
    "TemplateCreateRequest",
    "WhatsAppPayload",
    "WhatsappGetWhatsappContactResponse",
]


class Contact(Model):
    """A contact in the Sent messaging platform with their communication preferences and channel availability"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the contact"""
    @property
    def phone_number(self) -> Optional[str]:
        """Contact's phone number in E.164 format"""
    @property
    def country_code(self) -> Optional[str]:
        """Two-letter ISO country code"""
    @property
    def national_format(self) -> Optional[str]:
        """Phone number formatted according to national standards"""
    @property
    def available_channels(self) -> Optional[str]:
        """Comma-separated list of available messaging channels (SMS, WHATSAPP)"""
    @property
    def default_channel(self) -> Optional[str]:
        """Preferred messaging channel for this contact"""
    @property
    def verified(self) -> Optional[bool]:
        """Indicates if the contact's phone number has been verified"""
    @property
    def created_at(self) -> Optional[datetime]:
        """Timestamp when the contact was created"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """Timestamp when the contact was last updated"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        phone_number: Optional[str] = ...,
        country_code: Optional[str] = ...,
        national_format: Optional[str] = ...,
        available_channels: Optional[str] = ...,
        default_channel: Optional[str] = ...,
        verified: Optional[bool] = ...,
        created_at: Optional[datetime] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class Customer(Model):
    """A customer account within the Sent platform, including messaging channel configurations and credentials"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the customer"""
    @property
    def name(self) -> Optional[str]:
        """Name of the customer organization"""
    @property
    def sending_phone_number(self) -> Optional[str]:
        """Primary phone number used for sending messages"""
    @property
    def sms_messaging_profile_id(self) -> Optional[str]:
        """Identifier for the SMS messaging profile"""
    @property
    def sms_bearer_token(self) -> Optional[str]:
        """Bearer token for authenticating SMS requests"""
    @property
    def created_at(self) -> Optional[datetime]:
        """Timestamp when the customer account was created"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """Timestamp when the customer account was last updated"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        name: Optional[str] = ...,
        sending_phone_number: Optional[str] = ...,
        sms_messaging_profile_id: Optional[str] = ...,
        sms_bearer_token: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class CustomersUpdateCustomerRequest(Model):
    """Request model for updating customer information"""
    @property
    def name(self) -> Optional[str]:
        """Updated name of the customer organization"""
    @property
    def sending_phone_number(self) -> Optional[str]:
        """Updated primary phone number for sending messages"""
    @property
    def sms_messaging_profile_id(self) -> Optional[str]:
        """Updated SMS messaging profile identifier"""
    @property
    def sms_bearer_token(self) -> Optional[str]:
        """Updated bearer token for SMS authentication"""
    def __init__(
        self,
        *,
        name: Optional[str] = ...,
        sending_phone_number: Optional[str] = ...,
        sms_messaging_profile_id: Optional[str] = ...,
        sms_bearer_token: Optional[str] = ...,
    ) -> None: ...

class MessagesSendMessageToContact400Response(Model):
    """Error body of a rejected message"""
    @property
    def error(self) -> Optional[str]:
        """What was wrong"""
    @property
    def details(self) -> Optional[List[str]]:
        """One line per problem"""
    def __init__(self, *, error: Optional[str] = ..., details: Optional[List[str]] = ...) -> None: ...

class MessagesSendMessageToContactResponse(Model):
    """The queued message"""
    @property
    def message_id(self) -> Optional[str]:
        """Unique identifier for tracking the message"""
    @property
    def status(self) -> Optional[str]:
        """Current status of the message"""
    @property
    def channel(self) -> Optional[str]:
        """Selected delivery channel"""
    def __init__(
        self,
        *,
        message_id: Optional[str] = ...,
        status: Optional[str] = ...,
        channel: Optional[str] = ...,
    ) -> None: ...

class MessagesSendMessageToPhoneNumberResponse(Model):
    """The queued message and the contact it was sent to"""
    @property
    def message_id(self) -> Optional[str]:
        """Unique identifier for tracking the message"""
    @property
    def status(self) -> Optional[str]:
        """Current status of the message"""
    @property
    def channel(self) -> Optional[str]:
        """Selected delivery channel"""
    @property
    def contact_id(self) -> Optional[str]:
        """ID of the created or existing contact"""
    def __init__(
        self,
        *,
        message_id: Optional[str] = ...,
        status: Optional[str] = ...,
        channel: Optional[str] = ...,
        contact_id: Optional[str] = ...,
    ) -> None: ...

class PayloadPhoneNumber(Model):
    """Basic phone number payload information"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier for the phone number record"""
    @property
    def sent_id(self) -> Optional[str]:
        """Sent platform identifier"""
    @property
    def phone_number(self) -> Optional[str]:
        """Phone number in E.164 format"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        sent_id: Optional[str] = ...,
        phone_number: Optional[str] = ...,
    ) -> None: ...

class ResponsesTemplateResponse(Model):
    """Response model containing template details"""
    @property
    def id(self) -> Optional[str]:
        """Unique identifier of the template"""
    @property
    def customer_id(self) -> Optional[str]:
        """Customer ID associated with the template"""
    @property
    def name(self) -> Optional[str]:
        """Template name"""
    @property
    def category(self) -> Optional[str]:
        """Category of the template (e.g., transactional, marketing)"""
    @property
    def raw_body(self) -> Optional[str]:
        """Template content with variable placeholders"""
    @property
    def whatsapp_template_name(self) -> Optional[str]:
        """Associated WhatsApp template name if applicable"""
    @property
    def whatsapp_template_status(self) -> Optional[str]:
        """Approval status of WhatsApp template"""
    @property
    def created_at(self) -> Optional[datetime]:
        """Template creation timestamp"""
    @property
    def updated_at(self) -> Optional[datetime]:
        """Last template update timestamp"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        customer_id: Optional[str] = ...,
        name: Optional[str] = ...,
        category: Optional[str] = ...,
        raw_body: Optional[str] = ...,
        whatsapp_template_name: Optional[str] = ...,
        whatsapp_template_status: Optional[str] = ...,
        created_at: Optional[datetime] = ...,
        updated_at: Optional[datetime] = ...,
    ) -> None: ...

class SMSPayload(PayloadPhoneNumber):
    """Detailed SMS contact information including validation and formatting details"""
    @property
    def country_code(self) -> Optional[str]:
        """ISO country code for the phone number"""
    @property
    def valid_number(self) -> Optional[bool]:
        """Indicates if the phone number is valid for SMS delivery"""
    @property
    def national_format(self) -> Optional[str]:
        """Locally formatted version of the phone number"""
    @property
    def payload(self) -> Optional[str]:
        """Additional payload information in JSON format"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        sent_id: Optional[str] = ...,
        phone_number: Optional[str] = ...,
        country_code: Optional[str] = ...,
        valid_number: Optional[bool] = ...,
        national_format: Optional[str] = ...,
        payload: Optional[str] = ...,
    ) -> None: ...

class SendMessageToContactRequest(Model):
    """Request model for sending a message to a contact using a template"""
    @property
    def customer_id(self) -> Optional[str]:
        """Unique identifier of the customer"""
    @property
    def contact_id(self) -> Optional[str]:
        """Unique identifier of the contact"""
    @property
    def template_id(self) -> Optional[str]:
        """Unique identifier of the message template"""
    def __init__(
        self,
        *,
        customer_id: Optional[str] = ...,
        contact_id: Optional[str] = ...,
        template_id: Optional[str] = ...,
    ) -> None: ...

class SendMessageToPhoneNumberRequest(Model):
    """Request model for sending a message to a phone number using a template"""
    @property
    def customer_id(self) -> Optional[str]:
        """Unique identifier of the customer"""
    @property
    def phone_number(self) -> Optional[str]:
        """Phone number in E.164 format"""
    @property
    def template_id(self) -> Optional[str]:
        """Unique identifier of the message template"""
    def __init__(
        self,
        *,
        customer_id: Optional[str] = ...,
        phone_number: Optional[str] = ...,
        template_id: Optional[str] = ...,
    ) -> None: ...

class SmsGetContactInfoResponse(Model):
    """Error body of a rejected SMS lookup"""
    @property
    def error(self) -> Optional[str]:
        """What was wrong"""
    def __init__(self, *, error: Optional[str] = ...) -> None: ...

class TemplateCreateRequest(Model):
    """Request model for creating a new message template"""
    @property
    def customer_id(self) -> Optional[str]:
        """Unique identifier of the customer creating the template"""
    @property
    def name(self) -> Optional[str]:
        """Name of the template for identification purposes"""
    def __init__(self, *, customer_id: Optional[str] = ..., name: Optional[str] = ...) -> None: ...

class WhatsAppPayload(PayloadPhoneNumber):
    """WhatsApp contact information including profile and verification details"""
    @property
    def whatsapp_id(self) -> Optional[str]:
        """Unique WhatsApp identifier for the contact"""
    @property
    def country_code(self) -> Optional[str]:
        """ISO country code of the phone number"""
    @property
    def number_type(self) -> Optional[str]:
        """Type of phone number (MOBILE, LANDLINE, etc)"""
    @property
    def profile_picture(self) -> Optional[str]:
        """URL to the contact's WhatsApp profile picture"""
    @property
    def is_business(self) -> Optional[bool]:
        """Indicates if the number belongs to a WhatsApp Business account"""
    @property
    def invalid_record(self) -> Optional[bool]:
        """Indicates if the WhatsApp account is invalid or deactivated"""
    def __init__(
        self,
        *,
        id: Optional[str] = ...,
        sent_id: Optional[str] = ...,
        phone_number: Optional[str] = ...,
        whatsapp_id: Optional[str] = ...,
        country_code: Optional[str] = ...,
        number_type: Optional[str] = ...,
        profile_picture: Optional[str] = ...,
        is_business: Optional[bool] = ...,
        invalid_record: Optional[bool] = ...,
    ) -> None: ...

class WhatsappGetWhatsappContactResponse(Model):
    """Error body of a rejected WhatsApp lookup"""
    @property
    def error(self) -> Optional[str]:
        """What was wrong"""
    def __init__(self, *, error: Optional[str] = ...) -> None: ...

class ContactResource(Resource):
    """Lookup phone numbers and manage contacts."""
    def get_contact_by_id(self, *, customer_id: Union[str, UUID], id: Union[str, UUID]) -> Contact:
        """Retrieve a contact by ID

        Fetches detailed contact information including available messaging channels and verification status. Use this endpoint when you need to look up a specific contact using their unique identifier.

        Args:
            customer_id (Union[str, UUID], required, path 'customerId', format=uuid): Unique identifier of the customer account
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the contact

        Returns:
            Contact: Contact: A contact in the Sent messaging platform with their communication preferences and channel availability
                .id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .national_format (Optional[str])
                .available_channels (Optional[str])
                .default_channel (Optional[str])
                .verified (Optional[bool])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Contact not found

        Endpoint: GET /contact/{customerId}/id/{id}

        Example:
            client.contact.get_contact_by_id(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    def get_contact_by_id_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        id: Union[str, UUID],
    ) -> ApiResponse[Contact]:
        """get_contact_by_id, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def get_contact_by_phone(self, *, customer_id: Union[str, UUID], phone_number: str) -> Contact:
        """Retrieve a contact by phone number

        Looks up contact information using a phone number. This endpoint is useful when you need to find a contact's details but only have their phone number. It returns the same detailed information as the ID-based lookup.

        Args:
            customer_id (Union[str, UUID], required, path 'customerId', format=uuid): Unique identifier of the customer account
            phone_number (str, required, path 'phoneNumber', format=e164): Phone number in E.164 format (e.g., +1234567890)

        Returns:
            Contact: Contact: A contact in the Sent messaging platform with their communication preferences and channel availability
                .id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .national_format (Optional[str])
                .available_channels (Optional[str])
                .default_channel (Optional[str])
                .verified (Optional[bool])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Contact not found

        Endpoint: GET /contact/{customerId}/phone/{phoneNumber}

        Example:
            client.contact.get_contact_by_phone(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                phone_number='+14155552671',
            )
        """
    def get_contact_by_phone_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        phone_number: str,
    ) -> ApiResponse[Contact]:
        """get_contact_by_phone, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class CustomersResource(Resource):
    """Create, update, and manage customer accounts."""
    def create_customer(self, *, body: str, idempotency_key: Optional[str] = None) -> Customer:
        """Create a new customer account

        Creates a new customer account in the Sent platform. This endpoint initializes a new customer profile with basic information and returns the created customer details including generated IDs and credentials for various messaging channels.

        Args:
            body (str, required, body 'body'): Name of the customer to create, sent as a JSON string
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            CustomersCreateCustomerRequest (a JSON value passed as body=): Customer name to create the account

        Returns:
            Customer: Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Endpoint: POST /customers

        Example:
            client.customers.create_customer(
                body='body_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_customer_with_http_info(
        self,
        *,
        body: str,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Customer]:
        """create_customer, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def delete_customer(self, *, id: Union[str, UUID]) -> None:
        """Delete a customer

        Permanently deletes a customer and all associated data. This action cannot be undone. All active services for this customer will be terminated.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer to delete

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: DELETE /customers/{id}

        Example:
            client.customers.delete_customer(
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    def delete_customer_with_http_info(self, *, id: Union[str, UUID]) -> ApiResponse[None]:
        """delete_customer, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def get_all_customers(self, *, page: int, page_size: int) -> List[Customer]:
        """Retrieve all customers with pagination

        Returns a paginated list of all customers. Use page and pageSize parameters to control the number of results returned. Results are sorted by creation date in descending order.

        Args:
            page (int, required, query 'page', minimum=1): Page number to retrieve (starts from 1)
            page_size (int, required, query 'pageSize', minimum=1, maximum=100): Number of items to return per page

        Returns:
            List[Customer]: a list of Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Pagination: page is the page number, page_size the page size.

        Endpoint: GET /customers{?page,pageSize}

        Example:
            client.customers.get_all_customers(
                page=1,
                page_size=1,
            )
        """
    def get_all_customers_with_http_info(
        self,
        *,
        page: int,
        page_size: int,
    ) -> ApiResponse[List[Customer]]:
        """get_all_customers, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def iter_all_customers(self, *, page_size: int = 100) -> Paginator[Customer]:
        """Every item of get_all_customers(), page after page: Retrieve all customers with pagination.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until the first short or empty page.

        Returns:
            Paginator[Customer]: iterate over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    def get_customer_by_id(self, *, id: Union[str, UUID]) -> Customer:
        """Retrieve a customer by ID

        Returns detailed information about a specific customer including their messaging channel configurations and credentials.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer

        Returns:
            Customer: Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: GET /customers/{id}

        Example:
            client.customers.get_customer_by_id(
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    def get_customer_by_id_with_http_info(self, *, id: Union[str, UUID]) -> ApiResponse[Customer]:
        """get_customer_by_id, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def update_customer(
        self,
        *,
        id: Union[str, UUID],
        name: Optional[str] = None,
        sending_phone_number: Optional[str] = None,
        sms_messaging_profile_id: Optional[str] = None,
        sms_bearer_token: Optional[str] = None,
    ) -> Customer:
        """Update customer information

        Updates an existing customer's information including messaging channel configurations. All fields in the request body will override existing values.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer to update
            name (Optional[str], optional, body 'name'): Updated name of the customer organization
            sending_phone_number (Optional[str], optional, body 'sendingPhoneNumber', format=e164): Updated primary phone number for sending messages
            sms_messaging_profile_id (Optional[str], optional, body 'smsMessagingProfileId'): Updated SMS messaging profile identifier
            sms_bearer_token (Optional[str], optional, body 'smsBearerToken', secret): Updated bearer token for SMS authentication

        Request body:
            CustomersUpdateCustomerRequest (the body parameters): Updated customer information

        Returns:
            Customer: Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: PUT /customers/{id}

        Example:
            client.customers.update_customer(
                id='550e8400-e29b-41d4-a716-446655440000',
                name='name_example',
                sending_phone_number='+14155552671',
                sms_messaging_profile_id='smsMessagingProfileId_example',
                sms_bearer_token='smsBearerToken_example',
            )
        """
    def update_customer_with_http_info(
        self,
        *,
        id: Union[str, UUID],
        name: Optional[str] = None,
        sending_phone_number: Optional[str] = None,
        sms_messaging_profile_id: Optional[str] = None,
        sms_bearer_token: Optional[str] = None,
    ) -> ApiResponse[Customer]:
        """update_customer, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class MessagesResource(Resource):
    """Send messages across SMS and WhatsApp using templates."""
    def send_message_to_contact(
        self,
        *,
        customer_id: Union[str, UUID],
        contact_id: Union[str, UUID],
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> MessagesSendMessageToContactResponse:
        """Send a message to a contact using a template

        Sends a templated message to a specific contact. The platform automatically determines the optimal channel (SMS or WhatsApp) based on the contact's preferences and availability. Messages are sent using pre-defined templates to ensure consistent formatting and compliance across channels.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer
            contact_id (Union[str, UUID], required, body 'contactId', format=uuid): Unique identifier of the contact
            template_id (Union[str, UUID], required, body 'templateId', format=uuid): Unique identifier of the message template
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SendMessageToContactRequest (the body parameters): Message details including customer ID, contact ID, and template ID

        Returns:
            MessagesSendMessageToContactResponse: MessagesSendMessageToContactResponse: The queued message
                .message_id (Optional[str])
                .status (Optional[str])
                .channel (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid request parameters (body: MessagesSendMessageToContact400Response)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: Contact, template, or customer not found

        Endpoint: POST /messages

        Example:
            client.messages.send_message_to_contact(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                contact_id='550e8400-e29b-41d4-a716-446655440000',
                template_id='550e8400-e29b-41d4-a716-446655440000',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def send_message_to_contact_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        contact_id: Union[str, UUID],
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[MessagesSendMessageToContactResponse]:
        """send_message_to_contact, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def send_message_to_phone_number(
        self,
        *,
        customer_id: Union[str, UUID],
        phone_number: str,
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> MessagesSendMessageToPhoneNumberResponse:
        """Send a message to a phone number using a template

        Sends a templated message directly to a phone number without requiring a pre-existing contact. The system will attempt to determine the best channel for delivery and create a contact record if one doesn't exist.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer
            phone_number (str, required, body 'phoneNumber', format=e164): Phone number in E.164 format
            template_id (Union[str, UUID], required, body 'templateId', format=uuid): Unique identifier of the message template
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SendMessageToPhoneNumberRequest (the body parameters): Message details including customer ID, phone number, and template ID

        Returns:
            MessagesSendMessageToPhoneNumberResponse: MessagesSendMessageToPhoneNumberResponse: The queued message and the contact it was sent to
                .message_id (Optional[str])
                .status (Optional[str])
                .channel (Optional[str])
                .contact_id (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number or request parameters
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: Template or customer not found

        Endpoint: POST /messages/phone-number

        Example:
            client.messages.send_message_to_phone_number(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                phone_number='+14155552671',
                template_id='550e8400-e29b-41d4-a716-446655440000',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def send_message_to_phone_number_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        phone_number: str,
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[MessagesSendMessageToPhoneNumberResponse]:
        """send_message_to_phone_number, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class SmsResource(Resource):
    """Retrieve SMS contact information and capabilities."""
    def get_contact_info(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> SMSPayload:
        """Retrieve SMS contact information and capabilities

        Fetches or creates SMS contact information for a given phone number. This endpoint validates the phone number, determines SMS capabilities, and returns detailed formatting information needed for message delivery. Use this before sending messages to ensure proper SMS channel availability.

        Args:
            phone_number (str, required, query 'phoneNumber', format=e164): Target phone number in E.164 format (e.g., +14155552671)
            retrieve_if_does_not_exists (bool, required, query 'retrieveIfDoesNotExists'): When true, creates a new SMS contact if one doesn't exist
            sent_id (Optional[Union[str, UUID]], optional, query 'sentId', format=uuid): Optional Sent platform identifier for existing contacts

        Returns:
            SMSPayload: SMSPayload: Detailed SMS contact information including validation and formatting details
                .id (Optional[str])
                .sent_id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .valid_number (Optional[bool])
                .national_format (Optional[str])
                .payload (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number format or request parameters (body: SmsGetContactInfoResponse)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key

        Endpoint: GET /sms{?phoneNumber,retrieveIfDoesNotExists,sentId}

        Example:
            client.sms.get_contact_info(
                phone_number='+14155552671',
                retrieve_if_does_not_exists=True,
                sent_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    def get_contact_info_with_http_info(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> ApiResponse[SMSPayload]:
        """get_contact_info, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class TemplatesResource(Resource):
    """Create and manage message templates."""
    def create_template(
        self,
        *,
        customer_id: Union[str, UUID],
        name: str,
        idempotency_key: Optional[str] = None,
    ) -> ResponsesTemplateResponse:
        """Create a new message template

        Creates a new message template that can be used for sending standardized messages across different channels. Templates ensure consistent messaging and support variable substitution.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer creating the template
            name (str, required, body 'name', minLength=1, maxLength=100): Name of the template for identification purposes
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            TemplateCreateRequest (the body parameters): Template creation details including customer ID and template name

        Returns:
            ResponsesTemplateResponse: ResponsesTemplateResponse: Response model containing template details
                .id (Optional[str])
                .customer_id (Optional[str])
                .name (Optional[str])
                .category (Optional[str])
                .raw_body (Optional[str])
                .whatsapp_template_name (Optional[str])
                .whatsapp_template_status (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: POST /templates

        Example:
            client.templates.create_template(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                name='name_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    def create_template_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        name: str,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ResponsesTemplateResponse]:
        """create_template, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""
    def get_templates_for_customer(
        self,
        *,
        customer_id: Union[str, UUID],
    ) -> List[ResponsesTemplateResponse]:
        """Retrieve all templates for a customer

        Returns a list of all message templates associated with the specified customer ID. Templates are returned in descending order by creation date.

        Args:
            customer_id (Union[str, UUID], required, query 'customerId', format=uuid): Unique identifier of the customer

        Returns:
            List[ResponsesTemplateResponse]: a list of ResponsesTemplateResponse: Response model containing template details
                .id (Optional[str])
                .customer_id (Optional[str])
                .name (Optional[str])
                .category (Optional[str])
                .raw_body (Optional[str])
                .whatsapp_template_name (Optional[str])
                .whatsapp_template_status (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Endpoint: GET /templates{?customerId}

        Example:
            client.templates.get_templates_for_customer(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    def get_templates_for_customer_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
    ) -> ApiResponse[List[ResponsesTemplateResponse]]:
        """get_templates_for_customer, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class WhatsappResource(Resource):
    """Retrieve WhatsApp contact information and capabilities."""
    def get_whatsapp_contact(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> WhatsAppPayload:
        """Retrieve WhatsApp contact information

        Fetches or creates WhatsApp contact information for a given phone number. This endpoint validates WhatsApp availability and returns detailed contact metadata including business account status and profile information.

        Args:
            phone_number (str, required, query 'phoneNumber', format=e164): Phone number in international format (E.164)
            retrieve_if_does_not_exists (bool, required, query 'retrieveIfDoesNotExists'): Whether to create a new contact if one doesn't exist
            sent_id (Optional[Union[str, UUID]], optional, query 'sentId', format=uuid): Optional Sent platform identifier for tracking

        Returns:
            WhatsAppPayload: WhatsAppPayload: WhatsApp contact information including profile and verification details
                .id (Optional[str])
                .sent_id (Optional[str])
                .phone_number (Optional[str])
                .whatsapp_id (Optional[str])
                .country_code (Optional[str])
                .number_type (Optional[str])
                .profile_picture (Optional[str])
                .is_business (Optional[bool])
                .invalid_record (Optional[bool])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number format or request parameters (body: WhatsappGetWhatsappContactResponse)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: WhatsApp contact not found and creation not requested

        Endpoint: GET /whatsapp{?phoneNumber,retrieveIfDoesNotExists,sentId}

        Example:
            client.whatsapp.get_whatsapp_contact(
                phone_number='+14155552671',
                retrieve_if_does_not_exists=True,
                sent_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    def get_whatsapp_contact_with_http_info(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> ApiResponse[WhatsAppPayload]:
        """get_whatsapp_contact, returning .data, .status_code, .headers and .response (and .meta, .request_id, .rate_limit, .replayed, .idempotency_key where the API has them)."""

class Resources:
    """The resource attributes of a Client."""
    @overload
    def __new__(
        cls,
        api_key: Union[None, str, Configuration] = ...,
        access_token: Optional[str] = ...,
        base_url: Optional[str] = ...,
        *,
        configuration: Optional[Configuration] = ...,
        timeout: TimeoutArg = ...,
        check_formats: bool = ...,
        verify: Union[bool, str] = ...,
        allow_insecure_http: bool = ...,
        endpoints: Endpoints = ...,
        max_retries: int = ...,
        backoff_factor: float = ...,
        max_retry_time: float = ...,
        max_connections: int = ...,
        api: Literal['v3'],
        sandbox: bool = ...,
    ) -> V3Client: ...
    @overload
    def __new__(
        cls: Type[_ClientT],
        api_key: Union[None, str, Configuration] = ...,
        access_token: Optional[str] = ...,
        base_url: Optional[str] = ...,
        *,
        configuration: Optional[Configuration] = ...,
        timeout: TimeoutArg = ...,
        check_formats: bool = ...,
        verify: Union[bool, str] = ...,
        allow_insecure_http: bool = ...,
        endpoints: Endpoints = ...,
        max_retries: int = ...,
        backoff_factor: float = ...,
        max_retry_time: float = ...,
        max_connections: int = ...,
        api: Optional[Literal['v1.1']] = None,
        sandbox: bool = ...,
    ) -> _ClientT: ...
    contact: ContactResource
    customers: CustomersResource
    messages: MessagesResource
    sms: SmsResource
    templates: TemplatesResource
    whatsapp: WhatsappResource

class AsyncContactResource(AsyncResource):
    """Lookup phone numbers and manage contacts."""
    async def get_contact_by_id(
        self,
        *,
        customer_id: Union[str, UUID],
        id: Union[str, UUID],
    ) -> Contact:
        """Retrieve a contact by ID

        Fetches detailed contact information including available messaging channels and verification status. Use this endpoint when you need to look up a specific contact using their unique identifier.

        Args:
            customer_id (Union[str, UUID], required, path 'customerId', format=uuid): Unique identifier of the customer account
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the contact

        Returns:
            Contact: Contact: A contact in the Sent messaging platform with their communication preferences and channel availability
                .id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .national_format (Optional[str])
                .available_channels (Optional[str])
                .default_channel (Optional[str])
                .verified (Optional[bool])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Contact not found

        Endpoint: GET /contact/{customerId}/id/{id}

        Example:
            client.contact.get_contact_by_id(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def get_contact_by_id_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        id: Union[str, UUID],
    ) -> ApiResponse[Contact]:
        """Retrieve a contact by ID

        Fetches detailed contact information including available messaging channels and verification status. Use this endpoint when you need to look up a specific contact using their unique identifier.

        Args:
            customer_id (Union[str, UUID], required, path 'customerId', format=uuid): Unique identifier of the customer account
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the contact

        Returns:
            ApiResponse[Contact]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Contact: A contact in the Sent messaging platform with their communication preferences and channel availability
                .id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .national_format (Optional[str])
                .available_channels (Optional[str])
                .default_channel (Optional[str])
                .verified (Optional[bool])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Contact not found

        Endpoint: GET /contact/{customerId}/id/{id}

        Example:
            client.contact.get_contact_by_id(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def get_contact_by_phone(
        self,
        *,
        customer_id: Union[str, UUID],
        phone_number: str,
    ) -> Contact:
        """Retrieve a contact by phone number

        Looks up contact information using a phone number. This endpoint is useful when you need to find a contact's details but only have their phone number. It returns the same detailed information as the ID-based lookup.

        Args:
            customer_id (Union[str, UUID], required, path 'customerId', format=uuid): Unique identifier of the customer account
            phone_number (str, required, path 'phoneNumber', format=e164): Phone number in E.164 format (e.g., +1234567890)

        Returns:
            Contact: Contact: A contact in the Sent messaging platform with their communication preferences and channel availability
                .id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .national_format (Optional[str])
                .available_channels (Optional[str])
                .default_channel (Optional[str])
                .verified (Optional[bool])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Contact not found

        Endpoint: GET /contact/{customerId}/phone/{phoneNumber}

        Example:
            client.contact.get_contact_by_phone(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                phone_number='+14155552671',
            )
        """
    async def get_contact_by_phone_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        phone_number: str,
    ) -> ApiResponse[Contact]:
        """Retrieve a contact by phone number

        Looks up contact information using a phone number. This endpoint is useful when you need to find a contact's details but only have their phone number. It returns the same detailed information as the ID-based lookup.

        Args:
            customer_id (Union[str, UUID], required, path 'customerId', format=uuid): Unique identifier of the customer account
            phone_number (str, required, path 'phoneNumber', format=e164): Phone number in E.164 format (e.g., +1234567890)

        Returns:
            ApiResponse[Contact]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Contact: A contact in the Sent messaging platform with their communication preferences and channel availability
                .id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .national_format (Optional[str])
                .available_channels (Optional[str])
                .default_channel (Optional[str])
                .verified (Optional[bool])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Contact not found

        Endpoint: GET /contact/{customerId}/phone/{phoneNumber}

        Example:
            client.contact.get_contact_by_phone(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                phone_number='+14155552671',
            )
        """

class AsyncCustomersResource(AsyncResource):
    """Create, update, and manage customer accounts."""
    async def create_customer(
        self,
        *,
        body: str,
        idempotency_key: Optional[str] = None,
    ) -> Customer:
        """Create a new customer account

        Creates a new customer account in the Sent platform. This endpoint initializes a new customer profile with basic information and returns the created customer details including generated IDs and credentials for various messaging channels.

        Args:
            body (str, required, body 'body'): Name of the customer to create, sent as a JSON string
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            CustomersCreateCustomerRequest (a JSON value passed as body=): Customer name to create the account

        Returns:
            Customer: Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Endpoint: POST /customers

        Example:
            client.customers.create_customer(
                body='body_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_customer_with_http_info(
        self,
        *,
        body: str,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[Customer]:
        """Create a new customer account

        Creates a new customer account in the Sent platform. This endpoint initializes a new customer profile with basic information and returns the created customer details including generated IDs and credentials for various messaging channels.

        Args:
            body (str, required, body 'body'): Name of the customer to create, sent as a JSON string
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            CustomersCreateCustomerRequest (a JSON value passed as body=): Customer name to create the account

        Returns:
            ApiResponse[Customer]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Endpoint: POST /customers

        Example:
            client.customers.create_customer(
                body='body_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def delete_customer(self, *, id: Union[str, UUID]) -> None:
        """Delete a customer

        Permanently deletes a customer and all associated data. This action cannot be undone. All active services for this customer will be terminated.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer to delete

        Returns:
            None: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: DELETE /customers/{id}

        Example:
            client.customers.delete_customer(
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def delete_customer_with_http_info(self, *, id: Union[str, UUID]) -> ApiResponse[None]:
        """Delete a customer

        Permanently deletes a customer and all associated data. This action cannot be undone. All active services for this customer will be terminated.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer to delete

        Returns:
            ApiResponse[None]: nothing (the answer has no body)

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: DELETE /customers/{id}

        Example:
            client.customers.delete_customer(
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def get_all_customers(self, *, page: int, page_size: int) -> List[Customer]:
        """Retrieve all customers with pagination

        Returns a paginated list of all customers. Use page and pageSize parameters to control the number of results returned. Results are sorted by creation date in descending order.

        Args:
            page (int, required, query 'page', minimum=1): Page number to retrieve (starts from 1)
            page_size (int, required, query 'pageSize', minimum=1, maximum=100): Number of items to return per page

        Returns:
            List[Customer]: a list of Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Pagination: page is the page number, page_size the page size.

        Endpoint: GET /customers{?page,pageSize}

        Example:
            client.customers.get_all_customers(
                page=1,
                page_size=1,
            )
        """
    async def get_all_customers_with_http_info(
        self,
        *,
        page: int,
        page_size: int,
    ) -> ApiResponse[List[Customer]]:
        """Retrieve all customers with pagination

        Returns a paginated list of all customers. Use page and pageSize parameters to control the number of results returned. Results are sorted by creation date in descending order.

        Args:
            page (int, required, query 'page', minimum=1): Page number to retrieve (starts from 1)
            page_size (int, required, query 'pageSize', minimum=1, maximum=100): Number of items to return per page

        Returns:
            ApiResponse[List[Customer]]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is a list of Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Pagination: page is the page number, page_size the page size.

        Endpoint: GET /customers{?page,pageSize}

        Example:
            client.customers.get_all_customers(
                page=1,
                page_size=1,
            )
        """
    def iter_all_customers(self, *, page_size: int = 100) -> AsyncPaginator[Customer]:
        """Every item of get_all_customers(), page after page: Retrieve all customers with pagination.

        Pages of ``page_size`` items (default 100) are fetched lazily, one when the previous one is used up, from page 1 until the first short or empty page.

        Returns:
            AsyncPaginator[Customer]: ``async for`` over it.

        Raises:
            sentdm.ValidationError: bad arguments, at the call (nothing is sent).
        """
    async def get_customer_by_id(self, *, id: Union[str, UUID]) -> Customer:
        """Retrieve a customer by ID

        Returns detailed information about a specific customer including their messaging channel configurations and credentials.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer

        Returns:
            Customer: Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: GET /customers/{id}

        Example:
            client.customers.get_customer_by_id(
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def get_customer_by_id_with_http_info(
        self,
        *,
        id: Union[str, UUID],
    ) -> ApiResponse[Customer]:
        """Retrieve a customer by ID

        Returns detailed information about a specific customer including their messaging channel configurations and credentials.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer

        Returns:
            ApiResponse[Customer]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: GET /customers/{id}

        Example:
            client.customers.get_customer_by_id(
                id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def update_customer(
        self,
        *,
        id: Union[str, UUID],
        name: Optional[str] = None,
        sending_phone_number: Optional[str] = None,
        sms_messaging_profile_id: Optional[str] = None,
        sms_bearer_token: Optional[str] = None,
    ) -> Customer:
        """Update customer information

        Updates an existing customer's information including messaging channel configurations. All fields in the request body will override existing values.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer to update
            name (Optional[str], optional, body 'name'): Updated name of the customer organization
            sending_phone_number (Optional[str], optional, body 'sendingPhoneNumber', format=e164): Updated primary phone number for sending messages
            sms_messaging_profile_id (Optional[str], optional, body 'smsMessagingProfileId'): Updated SMS messaging profile identifier
            sms_bearer_token (Optional[str], optional, body 'smsBearerToken', secret): Updated bearer token for SMS authentication

        Request body:
            CustomersUpdateCustomerRequest (the body parameters): Updated customer information

        Returns:
            Customer: Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: PUT /customers/{id}

        Example:
            client.customers.update_customer(
                id='550e8400-e29b-41d4-a716-446655440000',
                name='name_example',
                sending_phone_number='+14155552671',
                sms_messaging_profile_id='smsMessagingProfileId_example',
                sms_bearer_token='smsBearerToken_example',
            )
        """
    async def update_customer_with_http_info(
        self,
        *,
        id: Union[str, UUID],
        name: Optional[str] = None,
        sending_phone_number: Optional[str] = None,
        sms_messaging_profile_id: Optional[str] = None,
        sms_bearer_token: Optional[str] = None,
    ) -> ApiResponse[Customer]:
        """Update customer information

        Updates an existing customer's information including messaging channel configurations. All fields in the request body will override existing values.

        Args:
            id (Union[str, UUID], required, path 'id', format=uuid): Unique identifier of the customer to update
            name (Optional[str], optional, body 'name'): Updated name of the customer organization
            sending_phone_number (Optional[str], optional, body 'sendingPhoneNumber', format=e164): Updated primary phone number for sending messages
            sms_messaging_profile_id (Optional[str], optional, body 'smsMessagingProfileId'): Updated SMS messaging profile identifier
            sms_bearer_token (Optional[str], optional, body 'smsBearerToken', secret): Updated bearer token for SMS authentication

        Request body:
            CustomersUpdateCustomerRequest (the body parameters): Updated customer information

        Returns:
            ApiResponse[Customer]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is Customer: A customer account within the Sent platform, including messaging channel configurations and credentials
                .id (Optional[str])
                .name (Optional[str])
                .sending_phone_number (Optional[str])
                .sms_messaging_profile_id (Optional[str])
                .sms_bearer_token (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid
            sentdm.NotFoundError: HTTP 404: Customer not found

        Endpoint: PUT /customers/{id}

        Example:
            client.customers.update_customer(
                id='550e8400-e29b-41d4-a716-446655440000',
                name='name_example',
                sending_phone_number='+14155552671',
                sms_messaging_profile_id='smsMessagingProfileId_example',
                sms_bearer_token='smsBearerToken_example',
            )
        """

class AsyncMessagesResource(AsyncResource):
    """Send messages across SMS and WhatsApp using templates."""
    async def send_message_to_contact(
        self,
        *,
        customer_id: Union[str, UUID],
        contact_id: Union[str, UUID],
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> MessagesSendMessageToContactResponse:
        """Send a message to a contact using a template

        Sends a templated message to a specific contact. The platform automatically determines the optimal channel (SMS or WhatsApp) based on the contact's preferences and availability. Messages are sent using pre-defined templates to ensure consistent formatting and compliance across channels.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer
            contact_id (Union[str, UUID], required, body 'contactId', format=uuid): Unique identifier of the contact
            template_id (Union[str, UUID], required, body 'templateId', format=uuid): Unique identifier of the message template
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SendMessageToContactRequest (the body parameters): Message details including customer ID, contact ID, and template ID

        Returns:
            MessagesSendMessageToContactResponse: MessagesSendMessageToContactResponse: The queued message
                .message_id (Optional[str])
                .status (Optional[str])
                .channel (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid request parameters (body: MessagesSendMessageToContact400Response)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: Contact, template, or customer not found

        Endpoint: POST /messages

        Example:
            client.messages.send_message_to_contact(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                contact_id='550e8400-e29b-41d4-a716-446655440000',
                template_id='550e8400-e29b-41d4-a716-446655440000',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def send_message_to_contact_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        contact_id: Union[str, UUID],
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[MessagesSendMessageToContactResponse]:
        """Send a message to a contact using a template

        Sends a templated message to a specific contact. The platform automatically determines the optimal channel (SMS or WhatsApp) based on the contact's preferences and availability. Messages are sent using pre-defined templates to ensure consistent formatting and compliance across channels.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer
            contact_id (Union[str, UUID], required, body 'contactId', format=uuid): Unique identifier of the contact
            template_id (Union[str, UUID], required, body 'templateId', format=uuid): Unique identifier of the message template
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SendMessageToContactRequest (the body parameters): Message details including customer ID, contact ID, and template ID

        Returns:
            ApiResponse[MessagesSendMessageToContactResponse]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is MessagesSendMessageToContactResponse: The queued message
                .message_id (Optional[str])
                .status (Optional[str])
                .channel (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid request parameters (body: MessagesSendMessageToContact400Response)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: Contact, template, or customer not found

        Endpoint: POST /messages

        Example:
            client.messages.send_message_to_contact(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                contact_id='550e8400-e29b-41d4-a716-446655440000',
                template_id='550e8400-e29b-41d4-a716-446655440000',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def send_message_to_phone_number(
        self,
        *,
        customer_id: Union[str, UUID],
        phone_number: str,
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> MessagesSendMessageToPhoneNumberResponse:
        """Send a message to a phone number using a template

        Sends a templated message directly to a phone number without requiring a pre-existing contact. The system will attempt to determine the best channel for delivery and create a contact record if one doesn't exist.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer
            phone_number (str, required, body 'phoneNumber', format=e164): Phone number in E.164 format
            template_id (Union[str, UUID], required, body 'templateId', format=uuid): Unique identifier of the message template
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SendMessageToPhoneNumberRequest (the body parameters): Message details including customer ID, phone number, and template ID

        Returns:
            MessagesSendMessageToPhoneNumberResponse: MessagesSendMessageToPhoneNumberResponse: The queued message and the contact it was sent to
                .message_id (Optional[str])
                .status (Optional[str])
                .channel (Optional[str])
                .contact_id (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number or request parameters
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: Template or customer not found

        Endpoint: POST /messages/phone-number

        Example:
            client.messages.send_message_to_phone_number(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                phone_number='+14155552671',
                template_id='550e8400-e29b-41d4-a716-446655440000',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def send_message_to_phone_number_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        phone_number: str,
        template_id: Union[str, UUID],
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[MessagesSendMessageToPhoneNumberResponse]:
        """Send a message to a phone number using a template

        Sends a templated message directly to a phone number without requiring a pre-existing contact. The system will attempt to determine the best channel for delivery and create a contact record if one doesn't exist.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer
            phone_number (str, required, body 'phoneNumber', format=e164): Phone number in E.164 format
            template_id (Union[str, UUID], required, body 'templateId', format=uuid): Unique identifier of the message template
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            SendMessageToPhoneNumberRequest (the body parameters): Message details including customer ID, phone number, and template ID

        Returns:
            ApiResponse[MessagesSendMessageToPhoneNumberResponse]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is MessagesSendMessageToPhoneNumberResponse: The queued message and the contact it was sent to
                .message_id (Optional[str])
                .status (Optional[str])
                .channel (Optional[str])
                .contact_id (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number or request parameters
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: Template or customer not found

        Endpoint: POST /messages/phone-number

        Example:
            client.messages.send_message_to_phone_number(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                phone_number='+14155552671',
                template_id='550e8400-e29b-41d4-a716-446655440000',
                idempotency_key='Idempotency-Key_example',
            )
        """

class AsyncSmsResource(AsyncResource):
    """Retrieve SMS contact information and capabilities."""
    async def get_contact_info(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> SMSPayload:
        """Retrieve SMS contact information and capabilities

        Fetches or creates SMS contact information for a given phone number. This endpoint validates the phone number, determines SMS capabilities, and returns detailed formatting information needed for message delivery. Use this before sending messages to ensure proper SMS channel availability.

        Args:
            phone_number (str, required, query 'phoneNumber', format=e164): Target phone number in E.164 format (e.g., +14155552671)
            retrieve_if_does_not_exists (bool, required, query 'retrieveIfDoesNotExists'): When true, creates a new SMS contact if one doesn't exist
            sent_id (Optional[Union[str, UUID]], optional, query 'sentId', format=uuid): Optional Sent platform identifier for existing contacts

        Returns:
            SMSPayload: SMSPayload: Detailed SMS contact information including validation and formatting details
                .id (Optional[str])
                .sent_id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .valid_number (Optional[bool])
                .national_format (Optional[str])
                .payload (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number format or request parameters (body: SmsGetContactInfoResponse)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key

        Endpoint: GET /sms{?phoneNumber,retrieveIfDoesNotExists,sentId}

        Example:
            client.sms.get_contact_info(
                phone_number='+14155552671',
                retrieve_if_does_not_exists=True,
                sent_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def get_contact_info_with_http_info(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> ApiResponse[SMSPayload]:
        """Retrieve SMS contact information and capabilities

        Fetches or creates SMS contact information for a given phone number. This endpoint validates the phone number, determines SMS capabilities, and returns detailed formatting information needed for message delivery. Use this before sending messages to ensure proper SMS channel availability.

        Args:
            phone_number (str, required, query 'phoneNumber', format=e164): Target phone number in E.164 format (e.g., +14155552671)
            retrieve_if_does_not_exists (bool, required, query 'retrieveIfDoesNotExists'): When true, creates a new SMS contact if one doesn't exist
            sent_id (Optional[Union[str, UUID]], optional, query 'sentId', format=uuid): Optional Sent platform identifier for existing contacts

        Returns:
            ApiResponse[SMSPayload]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is SMSPayload: Detailed SMS contact information including validation and formatting details
                .id (Optional[str])
                .sent_id (Optional[str])
                .phone_number (Optional[str])
                .country_code (Optional[str])
                .valid_number (Optional[bool])
                .national_format (Optional[str])
                .payload (Optional[str])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number format or request parameters (body: SmsGetContactInfoResponse)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key

        Endpoint: GET /sms{?phoneNumber,retrieveIfDoesNotExists,sentId}

        Example:
            client.sms.get_contact_info(
                phone_number='+14155552671',
                retrieve_if_does_not_exists=True,
                sent_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """

class AsyncTemplatesResource(AsyncResource):
    """Create and manage message templates."""
    async def create_template(
        self,
        *,
        customer_id: Union[str, UUID],
        name: str,
        idempotency_key: Optional[str] = None,
    ) -> ResponsesTemplateResponse:
        """Create a new message template

        Creates a new message template that can be used for sending standardized messages across different channels. Templates ensure consistent messaging and support variable substitution.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer creating the template
            name (str, required, body 'name', minLength=1, maxLength=100): Name of the template for identification purposes
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            TemplateCreateRequest (the body parameters): Template creation details including customer ID and template name

        Returns:
            ResponsesTemplateResponse: ResponsesTemplateResponse: Response model containing template details
                .id (Optional[str])
                .customer_id (Optional[str])
                .name (Optional[str])
                .category (Optional[str])
                .raw_body (Optional[str])
                .whatsapp_template_name (Optional[str])
                .whatsapp_template_status (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: POST /templates

        Example:
            client.templates.create_template(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                name='name_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def create_template_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
        name: str,
        idempotency_key: Optional[str] = None,
    ) -> ApiResponse[ResponsesTemplateResponse]:
        """Create a new message template

        Creates a new message template that can be used for sending standardized messages across different channels. Templates ensure consistent messaging and support variable substitution.

        Args:
            customer_id (Union[str, UUID], required, body 'customerId', format=uuid): Unique identifier of the customer creating the template
            name (str, required, body 'name', minLength=1, maxLength=100): Name of the template for identification purposes
            idempotency_key (Optional[str], optional, header 'Idempotency-Key', minLength=1, maxLength=255): Sent as given. This API does not deduplicate calls by it, so the key does not make a retry safe: a call that may have reached the server is never repeated.

        Request body:
            TemplateCreateRequest (the body parameters): Template creation details including customer ID and template name

        Returns:
            ApiResponse[ResponsesTemplateResponse]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is ResponsesTemplateResponse: Response model containing template details
                .id (Optional[str])
                .customer_id (Optional[str])
                .name (Optional[str])
                .category (Optional[str])
                .raw_body (Optional[str])
                .whatsapp_template_name (Optional[str])
                .whatsapp_template_status (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).

        Endpoint: POST /templates

        Example:
            client.templates.create_template(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
                name='name_example',
                idempotency_key='Idempotency-Key_example',
            )
        """
    async def get_templates_for_customer(
        self,
        *,
        customer_id: Union[str, UUID],
    ) -> List[ResponsesTemplateResponse]:
        """Retrieve all templates for a customer

        Returns a list of all message templates associated with the specified customer ID. Templates are returned in descending order by creation date.

        Args:
            customer_id (Union[str, UUID], required, query 'customerId', format=uuid): Unique identifier of the customer

        Returns:
            List[ResponsesTemplateResponse]: a list of ResponsesTemplateResponse: Response model containing template details
                .id (Optional[str])
                .customer_id (Optional[str])
                .name (Optional[str])
                .category (Optional[str])
                .raw_body (Optional[str])
                .whatsapp_template_name (Optional[str])
                .whatsapp_template_status (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Endpoint: GET /templates{?customerId}

        Example:
            client.templates.get_templates_for_customer(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def get_templates_for_customer_with_http_info(
        self,
        *,
        customer_id: Union[str, UUID],
    ) -> ApiResponse[List[ResponsesTemplateResponse]]:
        """Retrieve all templates for a customer

        Returns a list of all message templates associated with the specified customer ID. Templates are returned in descending order by creation date.

        Args:
            customer_id (Union[str, UUID], required, query 'customerId', format=uuid): Unique identifier of the customer

        Returns:
            ApiResponse[List[ResponsesTemplateResponse]]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is a list of ResponsesTemplateResponse: Response model containing template details
                .id (Optional[str])
                .customer_id (Optional[str])
                .name (Optional[str])
                .category (Optional[str])
                .raw_body (Optional[str])
                .whatsapp_template_name (Optional[str])
                .whatsapp_template_status (Optional[str])
                .created_at (Optional[datetime])
                .updated_at (Optional[datetime])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.AuthenticationError: HTTP 401: Authentication credentials are missing or invalid

        Endpoint: GET /templates{?customerId}

        Example:
            client.templates.get_templates_for_customer(
                customer_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """

class AsyncWhatsappResource(AsyncResource):
    """Retrieve WhatsApp contact information and capabilities."""
    async def get_whatsapp_contact(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> WhatsAppPayload:
        """Retrieve WhatsApp contact information

        Fetches or creates WhatsApp contact information for a given phone number. This endpoint validates WhatsApp availability and returns detailed contact metadata including business account status and profile information.

        Args:
            phone_number (str, required, query 'phoneNumber', format=e164): Phone number in international format (E.164)
            retrieve_if_does_not_exists (bool, required, query 'retrieveIfDoesNotExists'): Whether to create a new contact if one doesn't exist
            sent_id (Optional[Union[str, UUID]], optional, query 'sentId', format=uuid): Optional Sent platform identifier for tracking

        Returns:
            WhatsAppPayload: WhatsAppPayload: WhatsApp contact information including profile and verification details
                .id (Optional[str])
                .sent_id (Optional[str])
                .phone_number (Optional[str])
                .whatsapp_id (Optional[str])
                .country_code (Optional[str])
                .number_type (Optional[str])
                .profile_picture (Optional[str])
                .is_business (Optional[bool])
                .invalid_record (Optional[bool])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number format or request parameters (body: WhatsappGetWhatsappContactResponse)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: WhatsApp contact not found and creation not requested

        Endpoint: GET /whatsapp{?phoneNumber,retrieveIfDoesNotExists,sentId}

        Example:
            client.whatsapp.get_whatsapp_contact(
                phone_number='+14155552671',
                retrieve_if_does_not_exists=True,
                sent_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """
    async def get_whatsapp_contact_with_http_info(
        self,
        *,
        phone_number: str,
        retrieve_if_does_not_exists: bool,
        sent_id: Optional[Union[str, UUID]] = None,
    ) -> ApiResponse[WhatsAppPayload]:
        """Retrieve WhatsApp contact information

        Fetches or creates WhatsApp contact information for a given phone number. This endpoint validates WhatsApp availability and returns detailed contact metadata including business account status and profile information.

        Args:
            phone_number (str, required, query 'phoneNumber', format=e164): Phone number in international format (E.164)
            retrieve_if_does_not_exists (bool, required, query 'retrieveIfDoesNotExists'): Whether to create a new contact if one doesn't exist
            sent_id (Optional[Union[str, UUID]], optional, query 'sentId', format=uuid): Optional Sent platform identifier for tracking

        Returns:
            ApiResponse[WhatsAppPayload]: .data, .status_code, .headers, .response, .meta, .request_id, .rate_limit, .replayed, .idempotency_key; .data is WhatsAppPayload: WhatsApp contact information including profile and verification details
                .id (Optional[str])
                .sent_id (Optional[str])
                .phone_number (Optional[str])
                .whatsapp_id (Optional[str])
                .country_code (Optional[str])
                .number_type (Optional[str])
                .profile_picture (Optional[str])
                .is_business (Optional[bool])
                .invalid_record (Optional[bool])

        Raises:
            sentdm.ValidationError: bad arguments (nothing is sent).
            sentdm.BadRequestError: HTTP 400: Invalid phone number format or request parameters (body: WhatsappGetWhatsappContactResponse)
            sentdm.AuthenticationError: HTTP 401: Unauthorized - Invalid or missing API key
            sentdm.NotFoundError: HTTP 404: WhatsApp contact not found and creation not requested

        Endpoint: GET /whatsapp{?phoneNumber,retrieveIfDoesNotExists,sentId}

        Example:
            client.whatsapp.get_whatsapp_contact(
                phone_number='+14155552671',
                retrieve_if_does_not_exists=True,
                sent_id='550e8400-e29b-41d4-a716-446655440000',
            )
        """

class AsyncResources:
    """The resource attributes of an AsyncClient."""
    @overload
    def __new__(cls, *args: Any, api: Literal['v3'], **options: Any) -> AsyncV3Client: ...
    @overload
    def __new__(
        cls: Type[_AsyncClientT],
        *args: Any,
        api: Optional[Literal['v1.1']] = None,
        **options: Any,
    ) -> _AsyncClientT: ...
    contact: AsyncContactResource
    customers: AsyncCustomersResource
    messages: AsyncMessagesResource
    sms: AsyncSmsResource
    templates: AsyncTemplatesResource
    whatsapp: AsyncWhatsappResource
