"""Sent's webhooks in a Flask app (docs/webhooks.rst)."""

import os

from flask import Flask, request

import sentdm.webhooks


def handle_event(event: sentdm.webhooks.Event) -> None:
    print("received", event.type, event.key)  # your code: update the order, notify someone...


receiver = sentdm.webhooks.Receiver(handle_event, os.environ["SENT_WEBHOOK_SECRET"])
app = Flask(__name__)


@app.post("/webhooks/sent")
def sent_webhook():
    answer = receiver.receive(request.get_data(), request.headers)
    return answer.text, answer.status, {"Content-Type": "text/plain"}
