"""`manage.py reset_two_factor <username>`: for an admin user who lost their phone.

Deletes the user's authenticator app and backup codes (security/two_factor.py). Their next
visit to the admin, after the password, asks them to set up a new app. Sessions verified with
the old app are verified no longer. Confirm who is asking before you run it: whoever knows the
password can then set up the new app.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security.two_factor import remove_devices


class Command(BaseCommand):
    help = (
        "Remove a user's two-factor devices (authenticator app, backup codes), so they set up a "
        "new app at their next admin sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="the user name they sign in to the admin with")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user {username!r}.") from None
        removed = remove_devices(user)
        if removed:
            self.stdout.write(
                f"Removed {removed} two-factor device(s) of {username!r}: they set up a new "
                "authenticator app at their next admin sign-in."
            )
        else:
            self.stdout.write(f"{username!r} has no two-factor devices: nothing to do.")
