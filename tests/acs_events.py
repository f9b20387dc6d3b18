"""ACS events as Event Grid delivers them, in either schema and either key casing, for the webhook tests."""

from __future__ import annotations

from datetime import datetime

TOPIC = "/subscriptions/x/resourcegroups/rg/providers/microsoft.communication/communicationservices/acs"


def stamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def envelope(event_type: str, event_id: str, data: dict, when: datetime, subject: str,
             schema: str = "eventgrid", casing: str = "camel") -> dict:
    if casing == "pascal":
        data = {key[0].upper() + key[1:]: value for key, value in data.items()}
    if schema == "cloudevents":
        return {"id": event_id, "source": TOPIC, "subject": subject, "type": event_type, "time": stamp(when),
                "specversion": "1.0", "data": data}
    return {"id": event_id, "topic": TOPIC, "subject": subject, "eventType": event_type, "eventTime": stamp(when),
            "dataVersion": "1.0", "metadataVersion": "1", "data": data}


def deliver(service, function: str, events, timeout: float = 60):
    return service.request("POST", f"/runtime/webhooks/EventGrid?functionName={function}", events,
                           {"Content-Type": "application/json", "aeg-event-type": "Notification"}, timeout)
