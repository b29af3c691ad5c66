"""How long failed logins are kept (apply_retention, daily): django-axes' failed attempts whose
cool-off (AXES_COOLOFF_TIME) has passed are deleted."""

from types import SimpleNamespace

from core import retention


def expired_login_failures(now):
    """django-axes' failed attempts whose cool-off has passed: (queryset, handler, request), the
    handler's clean_expired_user_attempts deletes them; None when axes keeps them elsewhere or
    forever (no AXES_COOLOFF_TIME)."""
    from axes.attempts import get_cool_off_threshold
    from axes.handlers.proxy import AxesProxyHandler
    from axes.helpers import get_cool_off
    from axes.models import AccessAttempt

    handler = AxesProxyHandler.get_implementation()
    request = SimpleNamespace(axes_attempt_time=now)  # what axes' threshold is counted from
    if not hasattr(handler, "clean_expired_user_attempts") or get_cool_off(request) is None:
        return None
    expired = AccessAttempt.objects.filter(attempt_time__lte=get_cool_off_threshold(request))
    return expired, handler, request


@retention.rule(50)
def login_failures(now, dry_run):
    failures = expired_login_failures(now)
    if failures is None:
        return "login failures: kept by axes itself"
    expired, handler, request = failures
    count = expired.count() if dry_run else handler.clean_expired_user_attempts(request)
    return retention.Outcome("expired login failures deleted", count, "cool-off passed")
