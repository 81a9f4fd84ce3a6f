"""Sent's webhooks in a Django project (docs/webhooks.rst): a view, and its URL."""

import os

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

import sentdm.webhooks


def handle_event(event: sentdm.webhooks.Event) -> None:
    print("received", event.type, event.key)  # your code: update the order, notify someone...


receiver = sentdm.webhooks.Receiver(handle_event, os.environ["SENT_WEBHOOK_SECRET"])


@csrf_exempt  # Sent signs its requests; it has no CSRF token
@require_POST
def sent_webhook(request):
    answer = receiver.receive(request.body, request.headers)
    return HttpResponse(answer.text, status=answer.status, content_type="text/plain")


urlpatterns = [path("webhooks/sent", sent_webhook)]
