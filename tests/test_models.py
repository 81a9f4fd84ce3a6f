"""Models: snake_case attributes, aware datetimes, lenient parsing, equality, repr, to_dict."""

import copy
import pickle
import weakref
from datetime import datetime, timezone

import pytest

import sentdm
from sentdm.models import build_models
from sentdm.schemas import Lenient, response_converter
from sentdm.spec import FieldSpec, SchemaSpec
from tests.support.data import CUSTOMER, SMS, WHATSAPP


def test_attributes_are_snake_case_and_typed():
    customer = sentdm.Customer.from_wire(dict(CUSTOMER))
    assert customer.sending_phone_number == "+1234567890"
    assert customer.sms_messaging_profile_id == "msg_prof_123"
    assert customer.created_at == datetime(2023, 1, 1, 12, tzinfo=timezone.utc)


def test_ids_that_are_not_uuids_are_kept_as_received():
    customer = sentdm.Customer.from_wire(dict(CUSTOMER))
    assert customer.id == "123e4567-e89b-12d3-a456-426614174000X"


def test_bad_date_time_is_kept_as_received():
    customer = sentdm.Customer.from_wire({"createdAt": "yesterday", "updatedAt": 5})
    assert customer.created_at == "yesterday" and customer.updated_at == 5


def test_naive_date_time_becomes_utc():
    customer = sentdm.Customer.from_wire({"createdAt": "2024-05-01T08:30:00"})
    assert customer.created_at == datetime(2024, 5, 1, 8, 30, tzinfo=timezone.utc)


def test_offsets_are_kept():
    customer = sentdm.Customer.from_wire({"createdAt": "2024-05-01T08:30:00+02:00"})
    assert customer.created_at.utcoffset().total_seconds() == 7200


def test_missing_fields_read_as_none():
    assert sentdm.Customer.from_wire({}).name is None


def test_unknown_fields_are_kept_and_reachable():
    customer = sentdm.Customer.from_wire({**CUSTOMER, "loyaltyTier": "gold"})
    assert customer.extra == {"loyaltyTier": "gold"}
    assert customer.loyalty_tier == "gold"
    assert customer.to_dict()["loyaltyTier"] == "gold"
    with pytest.raises(AttributeError, match="did you mean 'sms_bearer_token'"):
        customer.sms_bearer_tokn


def test_all_of_is_merged_by_inheritance():
    assert issubclass(sentdm.SMSPayload, sentdm.PayloadPhoneNumber)
    assert issubclass(sentdm.WhatsAppPayload, sentdm.PayloadPhoneNumber)
    sms = sentdm.SMSPayload.from_wire(dict(SMS))
    assert (sms.sent_id, sms.phone_number, sms.valid_number) == (
        SMS["sentId"], SMS["phoneNumber"], True)
    whatsapp = sentdm.WhatsAppPayload.from_wire(dict(WHATSAPP))
    assert whatsapp.whatsapp_id == "14155552671" and whatsapp.number_type == "MOBILE"


def test_arrays_of_strings_and_models():
    error = sentdm.MessagesSendMessageToContact400Response.from_wire(
        {"error": "bad", "details": ["one", "two"]})
    assert error.details == ["one", "two"]


def test_equality_and_to_dict_round_trip():
    a = sentdm.Customer.from_wire(dict(CUSTOMER))
    b = sentdm.Customer.from_wire(dict(CUSTOMER))
    assert a == b and a != sentdm.Customer.from_wire({**CUSTOMER, "name": "Other"})
    assert a != sentdm.Contact.from_wire(dict(CUSTOMER))
    assert a.to_dict() == CUSTOMER
    assert sentdm.Customer.from_wire(a.to_dict()) == a


def test_repr_masks_secrets():
    text = repr(sentdm.Customer.from_wire(dict(CUSTOMER)))
    assert "sms_token_xyz" not in text
    assert "sms_bearer_token='***'" in text and "name='Acme Corp'" in text
    assert text.startswith("Customer(")


def test_models_are_read_only():
    customer = sentdm.Customer.from_wire(dict(CUSTOMER))
    with pytest.raises(AttributeError, match="read-only"):
        customer.name = "x"


def test_construct_from_python_values():
    when = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    customer = sentdm.Customer(name="Acme", created_at=when)
    assert customer.to_dict() == {"name": "Acme", "createdAt": when.isoformat()}
    assert customer.created_at == when
    with pytest.raises(TypeError, match="did you mean 'name'"):
        sentdm.Customer(nam="Acme")


def test_models_pickle():
    customer = sentdm.Customer.from_wire(dict(CUSTOMER))
    assert pickle.loads(pickle.dumps(customer)) == customer


def test_model_classes_document_their_fields():
    assert sentdm.Customer.__doc__.startswith("A customer account")
    assert sentdm.Customer.sms_bearer_token.__doc__ == "Bearer token for authenticating SMS requests"


class RecordingDict(dict):
    """A wire dict that records which keys were looked up."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.looked_up = []

    def get(self, key, default=None):
        self.looked_up.append(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.looked_up.append(key)
        return super().__getitem__(key)


def test_wrapping_converts_nothing_and_the_first_read_converts_every_field_once():
    raw = RecordingDict(CUSTOMER)
    customers = sentdm.Customer.from_wire_list([raw])
    assert raw.looked_up == [] and vars(customers[0]) == {}
    assert customers[0].name == "Acme Corp"
    assert sorted(raw.looked_up) == sorted(CUSTOMER)  # every declared field, each once
    assert customers[0].created_at == datetime(2023, 1, 1, 12, tzinfo=timezone.utc)
    assert customers[0].sms_bearer_token == "sms_token_xyz"
    assert len(raw.looked_up) == len(CUSTOMER)  # later reads are attribute lookups


def _order_models():
    """Models with a nested model, an array of models and an array of strings."""
    line = SchemaSpec("Line", fields=(
        FieldSpec("sku", "sku", "string"),
        FieldSpec("shippedAt", "shipped_at", "string", format="date-time")))
    order = SchemaSpec("Order", fields=(
        FieldSpec("firstLine", "first_line", "Line"),
        FieldSpec("lines", "lines", "array", items="Line"),
        FieldSpec("reminders", "reminders", "array", items="string"),
        FieldSpec("placedAt", "placed_at", "string", format="date-time")))
    return build_models({"Line": line, "Order": order}, module=__name__)


def test_nested_models_and_arrays_of_models_convert_and_keep_what_they_cannot():
    models = _order_models()
    order = models["Order"].from_wire({
        "firstLine": {"sku": "a", "shippedAt": "2024-05-01T08:30:00Z"},
        "lines": [{"sku": "b"}, "not an object", None],
        "placedAt": "soon",
    })
    assert isinstance(order.first_line, models["Line"])
    assert order.first_line.shipped_at == datetime(2024, 5, 1, 8, 30, tzinfo=timezone.utc)
    assert isinstance(order.lines[0], models["Line"]) and order.lines[0].sku == "b"
    assert order.lines[1:] == ["not an object", None]  # kept as received, item by item
    assert order.placed_at == "soon" and order.reminders is None


def test_a_field_that_is_not_a_list_where_an_array_is_declared_is_kept():
    order = _order_models()["Order"].from_wire({"lines": {"sku": "x"}, "firstLine": [1]})
    assert order.lines == {"sku": "x"} and order.first_line == [1]


def test_converters_of_fields_with_validators_keep_invalid_values():
    from marshmallow import fields, validate

    convert = response_converter(Lenient(fields.Integer(validate=validate.Range(max=10))))
    assert convert("7") == 7 and convert(99) == 99 and convert("x") == "x"


def test_models_take_weak_references_and_copy_like_pickle():
    customer = sentdm.Customer.from_wire(dict(CUSTOMER))
    assert weakref.ref(customer)() is customer
    assert copy.deepcopy(customer) == customer and copy.copy(customer) == customer


def _customers(count=3):
    return [{**CUSTOMER, "name": f"Customer {index}"} for index in range(count)]


def test_a_list_answer_is_a_list_of_models_made_as_they_are_read():
    customers = sentdm.Customer.from_wire_list(_customers())
    models = [sentdm.Customer.from_wire(item) for item in _customers()]
    assert isinstance(customers, list) and isinstance(customers, sentdm.ModelList)
    assert len(customers) == 3 and customers.model is sentdm.Customer
    assert customers == models and models == customers and not customers != models
    assert customers != models[:2] and customers != models[::-1] and customers != "no list"
    assert [c.name for c in customers] == ["Customer 0", "Customer 1", "Customer 2"]
    assert list(reversed(customers)) == models[::-1] and tuple(customers) == tuple(models)
    first, *rest = customers
    assert first == models[0] and rest == models[1:]
    assert customers[-1] == models[-1] and customers[1].created_at == models[1].created_at
    assert repr(customers) == repr(models)


def test_iterating_a_list_answer_keeps_no_model_alive_and_indexing_keeps_one():
    customers = sentdm.Customer.from_wire_list(_customers())
    seen = weakref.ref(next(iter(customers)))
    assert seen() is None  # nothing holds the model a loop made: a large answer stays small
    assert customers[0] is customers[0]  # indexed: kept, so its fields convert once
    kept = weakref.ref(customers[0])
    assert kept() is not None and next(iter(customers)) is kept()


def test_a_list_answer_searches_slices_and_combines_as_a_list_of_models():
    customers = sentdm.Customer.from_wire_list(_customers())
    models = [sentdm.Customer.from_wire(item) for item in _customers()]
    assert models[1] in customers and "Customer 1" not in customers
    assert customers.index(models[2]) == 2 and customers.count(models[0]) == 1
    with pytest.raises(ValueError):
        customers.index(models[0], 1)
    part = customers[1:]
    assert isinstance(part, sentdm.ModelList) and part == models[1:]
    assert customers + models[:1] == models + models[:1]
    assert isinstance(customers + models, sentdm.ModelList)
    assert models[:1] + customers == models[:1] + models
    assert customers * 2 == models * 2 and 2 * customers == models * 2
    assert customers.copy() == models and customers.copy() is not customers


def test_a_list_answer_can_be_changed_like_a_list():
    customers = sentdm.Customer.from_wire_list(_customers())
    models = [sentdm.Customer.from_wire(item) for item in _customers()]
    extra = sentdm.Customer(name="Zed")
    customers.append(extra)
    assert customers[-1] is extra and customers == models + [extra]
    customers.sort(key=lambda customer: customer.name, reverse=True)
    assert [c.name for c in customers] == ["Zed", "Customer 2", "Customer 1", "Customer 0"]
    assert customers.pop() == models[0]
    customers.remove(models[2])
    assert customers == [extra, models[1]]
    customers += sentdm.Customer.from_wire_list(_customers(1))
    assert customers == [extra, models[1], models[0]]


def test_a_list_answer_pickles_and_copies():
    customers = sentdm.Customer.from_wire_list(_customers())
    for copied in (pickle.loads(pickle.dumps(customers)), copy.copy(customers),
                   copy.deepcopy(customers)):
        assert isinstance(copied, sentdm.ModelList) and copied == customers
        assert copied.model is sentdm.Customer
    assert [c.to_dict() for c in customers] == _customers()


def test_a_loop_over_a_list_answer_reads_each_model_as_it_makes_it():
    customers = sentdm.Customer.from_wire_list(_customers() + [{"createdAt": "yesterday"}])
    looped = list(customers)
    assert vars(looped[0]) == {name: getattr(sentdm.Customer.from_wire(_customers()[0]), name)
                               for name in sentdm.Customer._fields}
    assert looped[0].created_at == datetime(2023, 1, 1, 12, tzinfo=timezone.utc)
    assert looped[-1].created_at == "yesterday" and looped[-1].name is None  # lenient
    assert vars(customers[1]) == {}  # indexed: converted on its first read, as any model
    payloads = sentdm.SMSPayload.from_wire_list([dict(SMS)])  # inherited fields read too
    (sms,) = payloads
    assert (sms.sent_id, sms.phone_number, sms.valid_number) == (
        SMS["sentId"], SMS["phoneNumber"], True)
    assert list(reversed(payloads)) == [sentdm.SMSPayload.from_wire(dict(SMS))]
