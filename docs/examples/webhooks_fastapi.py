"""Sent's webhooks in a FastAPI app (docs/webhooks.rst)."""

import os

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse

import sentdm.webhooks


def handle_event(event: sentdm.webhooks.Event) -> None:
    print("received", event.type, event.key)  # your code: update the order, notify someone...


receiver = sentdm.webhooks.Receiver(handle_event, os.environ["SENT_WEBHOOK_SECRET"])
app = FastAPI()


@app.post("/webhooks/sent")
async def sent_webhook(request: Request) -> PlainTextResponse:
    body = await request.body()
    answer = await run_in_threadpool(receiver.receive, body, request.headers)
    return PlainTextResponse(answer.text, status_code=answer.status)
