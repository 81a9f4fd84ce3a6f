"""API errors map to one exception class per status, carrying status, body, headers, response."""

import pytest

import sentdm
from tests.conftest import BASE
from tests.support.data import CUSTOMER_ID

URL = f"{BASE}/customers/{CUSTOMER_ID}"

STATUSES = [
    (400, sentdm.BadRequestError), (401, sentdm.AuthenticationError),
    (403, sentdm.PermissionDeniedError), (404, sentdm.NotFoundError),
    (409, sentdm.ConflictError), (422, sentdm.UnprocessableEntityError),
    (429, sentdm.RateLimitError), (500, sentdm.InternalServerError),
    (502, sentdm.InternalServerError), (503, sentdm.InternalServerError),
    (418, sentdm.APIStatusError), (302, sentdm.RedirectError),
]


@pytest.mark.parametrize("status,error_class", STATUSES)
def test_status_maps_to_its_error(client, mock, status, error_class):
    mock.get(URL, status_code=status, headers={"X-Request-Id": "r9"},
             json={"error": "something broke", "details": ["a", "b"]})
    with pytest.raises(error_class) as info:
        client.customers.get_customer_by_id(id=CUSTOMER_ID)
    error = info.value
    assert type(error) is error_class
    assert isinstance(error, sentdm.APIStatusError) and isinstance(error, sentdm.SentdmError)
    assert error.status_code == status
    assert error.error == "something broke" and error.details == ["a", "b"]
    assert error.body == {"error": "something broke", "details": ["a", "b"]}
    assert error.headers["X-Request-Id"] == "r9"
    assert error.response.status_code == status
    assert str(error).startswith(f"HTTP {status} from customers.get_customer_by_id: "
                                 "something broke")


@pytest.mark.parametrize("body", [b"<html><body>Bad Gateway</body></html>", b"", b'{"error": "tr',
                                  b"[1, 2]", b'"just a string"'])
def test_error_bodies_of_any_shape_never_escape_as_raw_exceptions(client, mock, body):
    mock.get(URL, status_code=502, content=body)
    with pytest.raises(sentdm.InternalServerError) as info:
        client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert info.value.text == body.decode()
    assert info.value.error is None and info.value.details == []


@pytest.mark.parametrize("body,what", [
    (b"<html>oops</html>", "not JSON"), (b"", "an empty body"), (b'{"id": "12', "not JSON"),
    (b"[]", "got list"), (b"null", "got NoneType"), (b"42", "got int"),
])
def test_success_with_an_unusable_body(client, mock, body, what):
    mock.get(URL, status_code=200, content=body)
    with pytest.raises(sentdm.APIResponseValidationError) as info:
        client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert what in str(info.value) and "customers.get_customer_by_id" in str(info.value)
    assert info.value.status_code == 200 and info.value.text == body.decode()


def test_list_operation_with_wrong_items(client, mock):
    mock.get(f"{BASE}/customers?page=1&pageSize=2", json=[{"id": "a"}, "b"])
    with pytest.raises(sentdm.APIResponseValidationError, match="array of JSON objects"):
        client.customers.get_all_customers(page=1, page_size=2)
    mock.get(f"{BASE}/customers?page=1&pageSize=2", json={"id": "a"})
    with pytest.raises(sentdm.APIResponseValidationError, match="expected a JSON array"):
        client.customers.get_all_customers(page=1, page_size=2)


def test_operation_without_response_ignores_the_body(client, mock):
    mock.delete(URL, status_code=200, text="<html>deleted</html>")
    assert client.customers.delete_customer(id=CUSTOMER_ID) is None
    info = client.customers.delete_customer_with_http_info(id=CUSTOMER_ID)
    assert info.data is None and info.status_code == 200


def test_connection_refused_is_an_api_connection_error():
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = sentdm.Client(api_key="k", base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(sentdm.APIConnectionError) as info:
        client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert "refused" in str(info.value).lower()
    assert not isinstance(info.value, sentdm.APITimeoutError)


def test_read_timeout_says_which_timeout_fired():
    import time

    from tests.support.server import LocalServer, json_answer

    def slow(received):
        time.sleep(0.5)
        return json_answer(200, {})

    with LocalServer(slow) as server:
        client = sentdm.Client(api_key="k", base_url=server.url, timeout=(2, 0.1))
        with pytest.raises(sentdm.APITimeoutError) as info:
            client.customers.get_customer_by_id(id=CUSTOMER_ID)
    assert info.value.which == "read" and "read timeout" in str(info.value)
