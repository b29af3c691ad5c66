"""The addresses in following's mails, signed so that nobody can guess another's.

Every token names the subscriber and carries its secret: unsubscribing deletes the subscriber,
so its tokens find nobody any more, and a new subscription of the same address gets new ones.
A confirmation link is valid for 7 days (the unconfirmed subscription is deleted then); the
manage and unsubscribe links as long as the subscription.
"""

import datetime

from django.core import signing
from django.urls import reverse
from django.utils import translation

from core.links import absolute_url

from .models import Subscriber

CONFIRM_MAX_AGE = datetime.timedelta(days=7)
CONFIRM, MANAGE = "following.confirm", "following.manage"
INVALID, EXPIRED, GONE = "invalid", "expired", "gone"


def token(subscriber, purpose):
    return signing.dumps({"id": subscriber.pk, "secret": subscriber.secret}, salt=purpose)


def subscriber_for(token_, purpose):
    """The subscriber a token names, or None: forged, expired (a confirmation after 7 days) or
    of a subscription that no longer exists."""
    return resolve(token_, purpose)[0]


def resolve(token_, purpose):
    """(subscriber, None), or (None, why not): INVALID (forged or mangled), EXPIRED (a
    confirmation link older than 7 days) or GONE (its subscription no longer exists)."""
    max_age = CONFIRM_MAX_AGE if purpose == CONFIRM else None
    try:
        value = signing.loads(token_, salt=purpose, max_age=max_age)
    except signing.SignatureExpired:
        return None, EXPIRED
    except (signing.BadSignature, ValueError, TypeError):
        return None, INVALID
    if not isinstance(value, dict) or not isinstance(value.get("id"), int):
        return None, INVALID
    subscriber = Subscriber.objects.filter(pk=value["id"], secret=str(value.get("secret"))).first()
    return (subscriber, None) if subscriber else (None, GONE)


def _url(name, subscriber, purpose):
    with translation.override(subscriber.language):
        return absolute_url(reverse(name, kwargs={"token": token(subscriber, purpose)}))


def confirm_url(subscriber):
    return _url("following:confirm", subscriber, CONFIRM)


def manage_url(subscriber):
    """The page where the subscriber sees and changes what they follow, in their language."""
    return _url("following:manage", subscriber, MANAGE)


def unsubscribe_url(subscriber):
    """One click (a POST, RFC 8058's List-Unsubscribe-Post) deletes the subscription; a GET
    shows the button."""
    return _url("following:unsubscribe", subscriber, MANAGE)
