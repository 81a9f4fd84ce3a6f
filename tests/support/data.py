"""Sample wire data shaped like the vendor spec's examples (ids ending in X included)."""

CUSTOMER_ID = "550e8400-e29b-41d4-a716-446655440000"
CONTACT_ID = "7c11e821-c839-4c3d-8a89-1f78b71a0c38"
TEMPLATE_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"
PHONE = "+14155552671"

CONTACT = {
    "id": "123e4567-e89b-12d3-a456-426614174000X",
    "phoneNumber": "+1234567890",
    "countryCode": "US",
    "nationalFormat": "(123) 456-7890",
    "availableChannels": "SMS,WHATSAPP",
    "defaultChannel": "WHATSAPP",
    "verified": True,
    "createdAt": "2023-01-01T12:00:00Z",
    "updatedAt": "2023-01-01T12:00:00Z",
}
CUSTOMER = {
    "id": "123e4567-e89b-12d3-a456-426614174000X",
    "name": "Acme Corp",
    "sendingPhoneNumber": "+1234567890",
    "smsMessagingProfileId": "msg_prof_123",
    "smsBearerToken": "sms_token_xyz",
    "createdAt": "2023-01-01T12:00:00Z",
    "updatedAt": "2023-01-01T12:00:00Z",
}
TEMPLATE = {
    "id": "123e4567-e89b-12d3-a456-426614174000X",
    "customerId": CUSTOMER_ID,
    "name": "Order Confirmation",
    "category": "transactional",
    "rawBody": "Your order #{{orderId}} has been confirmed.",
    "whatsappTemplateName": "order_confirmation",
    "whatsappTemplateStatus": "approved",
    "createdAt": "2023-01-01T12:00:00Z",
    "updatedAt": "2023-01-01T12:00:00Z",
}
SMS = {
    "id": "123e4567-e89b-12d3-a456-426614174000X",
    "sentId": "123e4567-e89b-12d3-a456-426614174111",
    "phoneNumber": PHONE,
    "countryCode": "US",
    "validNumber": True,
    "nationalFormat": "(415) 555-2671",
    "payload": '{"carrier":"Verizon","type":"mobile"}',
    "createdAt": "2023-01-01T12:00:00Z",
    "updatedAt": "2023-01-01T12:00:00Z",
}
WHATSAPP = {
    "id": "123e4567-e89b-12d3-a456-426614174000X",
    "sentId": "123e4567-e89b-12d3-a456-426614174111",
    "phoneNumber": PHONE,
    "whatsappId": "14155552671",
    "countryCode": "US",
    "numberType": "MOBILE",
    "profilePicture": "https://profile.whatsapp.com/photo.jpg",
    "isBusiness": False,
    "invalidRecord": False,
    "createdAt": "2023-01-01T12:00:00Z",
    "updatedAt": "2023-01-01T12:00:00Z",
}
SENT_TO_CONTACT = {"messageId": "123e4567-e89b-12d3-a456-426614174000", "status": "queued",
                   "channel": "whatsapp"}
SENT_TO_PHONE = {**SENT_TO_CONTACT, "contactId": CONTACT_ID}

# One valid call of every operation: (operation key, kwargs, method, path and query, JSON body,
# response body, model name or None, whether the response is a list)
CALLS = [
    ("contact.get_contact_by_id", {"customer_id": CUSTOMER_ID, "id": CONTACT_ID}, "GET",
     f"/contact/{CUSTOMER_ID}/id/{CONTACT_ID}", None, CONTACT, "Contact", False),
    ("contact.get_contact_by_phone", {"customer_id": CUSTOMER_ID, "phone_number": PHONE}, "GET",
     f"/contact/{CUSTOMER_ID}/phone/%2B14155552671", None, CONTACT, "Contact", False),
    ("customers.create_customer", {"body": "Acme Corp"}, "POST", "/customers", "Acme Corp",
     CUSTOMER, "Customer", False),
    ("customers.delete_customer", {"id": CUSTOMER_ID}, "DELETE", f"/customers/{CUSTOMER_ID}",
     None, None, None, False),
    ("customers.get_all_customers", {"page": 1, "page_size": 20}, "GET",
     "/customers?page=1&pageSize=20", None, [CUSTOMER, {**CUSTOMER, "name": "Beta LLC"}],
     "Customer", True),
    ("customers.get_customer_by_id", {"id": CUSTOMER_ID}, "GET", f"/customers/{CUSTOMER_ID}",
     None, CUSTOMER, "Customer", False),
    ("customers.update_customer",
     {"id": CUSTOMER_ID, "name": "Acme Corporation", "sending_phone_number": "+1234567890",
      "sms_messaging_profile_id": "msg_prof_789", "sms_bearer_token": "sms_token_def"},
     "PUT", f"/customers/{CUSTOMER_ID}",
     {"name": "Acme Corporation", "sendingPhoneNumber": "+1234567890",
      "smsMessagingProfileId": "msg_prof_789", "smsBearerToken": "sms_token_def"},
     CUSTOMER, "Customer", False),
    ("messages.send_message_to_contact",
     {"customer_id": CUSTOMER_ID, "contact_id": CONTACT_ID, "template_id": TEMPLATE_ID},
     "POST", "/messages",
     {"customerId": CUSTOMER_ID, "contactId": CONTACT_ID, "templateId": TEMPLATE_ID},
     SENT_TO_CONTACT, "MessagesSendMessageToContactResponse", False),
    ("messages.send_message_to_phone_number",
     {"customer_id": CUSTOMER_ID, "phone_number": PHONE, "template_id": TEMPLATE_ID},
     "POST", "/messages/phone-number",
     {"customerId": CUSTOMER_ID, "phoneNumber": PHONE, "templateId": TEMPLATE_ID},
     SENT_TO_PHONE, "MessagesSendMessageToPhoneNumberResponse", False),
    ("sms.get_contact_info",
     {"phone_number": PHONE, "retrieve_if_does_not_exists": True,
      "sent_id": "123e4567-e89b-12d3-a456-426614174111"},
     "GET",
     "/sms?phoneNumber=%2B14155552671&retrieveIfDoesNotExists=true"
     "&sentId=123e4567-e89b-12d3-a456-426614174111",
     None, SMS, "SMSPayload", False),
    ("templates.create_template", {"customer_id": CUSTOMER_ID, "name": "Order Confirmation"},
     "POST", "/templates", {"customerId": CUSTOMER_ID, "name": "Order Confirmation"},
     TEMPLATE, "ResponsesTemplateResponse", False),
    ("templates.get_templates_for_customer", {"customer_id": CUSTOMER_ID}, "GET",
     f"/templates?customerId={CUSTOMER_ID}", None, [TEMPLATE], "ResponsesTemplateResponse", True),
    ("whatsapp.get_whatsapp_contact", {"phone_number": PHONE, "retrieve_if_does_not_exists": False},
     "GET", "/whatsapp?phoneNumber=%2B14155552671&retrieveIfDoesNotExists=false", None, WHATSAPP,
     "WhatsAppPayload", False),
]
