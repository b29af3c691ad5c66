"""Media on S3-compatible storage (AWS_STORAGE_BUCKET_NAME): against a real local S3 server
(moto's), images, renditions and documents live in a private bucket, documents are served only
through Wagtail's view (which applies the collections' privacy), and deleting removes them."""

import socket
import urllib.request
from urllib.parse import urlsplit

import boto3
import pytest
from moto.server import ThreadedMotoServer

from django.conf import settings
from django.core.files.base import ContentFile
from django.test import override_settings

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

from tests.production_settings import production_settings

BUCKET = "kennisbank-media"
CREDENTIALS = {"access_key": "testing", "secret_key": "testing"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(s3_server):
    """An empty private bucket, and the site's storage pointing at it as production.py would."""
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    storages = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server,
                "region_name": "us-east-1",
                "signature_version": "s3v4",
                "querystring_auth": True,
                "default_acl": None,
                "file_overwrite": False,
                **CREDENTIALS,
            },
        },
    }
    with override_settings(STORAGES=storages):
        yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client):
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (the local server)
        return response.status, response.read()


@pytest.mark.django_db
def test_an_image_and_its_rendition_live_in_the_bucket(bucket, s3_server):
    image = Image.objects.create(title="Schoolplein", file=get_test_image_file("plein.png"))

    rendition = image.get_rendition("fill-120x80")

    stored = keys(bucket)
    assert image.file.name in stored and rendition.file.name in stored
    assert image.file.name.startswith("original_images/")
    url = urlsplit(rendition.url)
    assert f"{url.scheme}://{url.netloc}" == s3_server
    assert url.path == f"/{BUCKET}/{rendition.file.name}"
    assert "X-Amz-Signature=" in url.query  # the bucket is private: the URL is signed
    status, body = fetch(rendition.url)
    assert status == 200 and body.startswith(b"\x89PNG")
    # The rendition was made from the original in the bucket: it has the asked size.
    assert (rendition.width, rendition.height) == (120, 80)


@pytest.mark.django_db
def test_a_document_of_a_public_collection_is_served_by_the_site(client, bucket):
    document = Document.objects.create(
        title="Verslag", file=ContentFile(b"Het verslag van de sessie.", name="verslag.txt")
    )
    assert document.file.name in keys(bucket)

    response = client.get(document.url)

    assert document.url == f"/documents/{document.pk}/verslag.txt"
    assert response.status_code == 200  # streamed by the site, no redirect to the bucket
    assert b"".join(response.streaming_content) == b"Het verslag van de sessie."
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.django_db
def test_a_document_of_a_private_collection_needs_a_login(client, bucket, django_user_model):
    private = Collection.get_first_root_node().add_child(name="Ontwikkelgroep")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Uitkomsten",
        file=ContentFile(b"Alleen voor leden.", name="uitkomsten.txt"),
        collection=private,
    )

    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert "/account/" in anonymous["Location"] and BUCKET not in anonymous["Location"]

    client.force_login(django_user_model.objects.create_user("lid", "lid@example.nl"))
    member = client.get(document.url)
    assert member.status_code == 200
    assert b"".join(member.streaming_content) == b"Alleen voor leden."


@pytest.mark.django_db
def test_the_same_file_name_twice_overwrites_nothing(bucket):
    first = Document.objects.create(title="Een", file=ContentFile(b"een", name="notulen.txt"))
    second = Document.objects.create(title="Twee", file=ContentFile(b"twee", name="notulen.txt"))

    assert first.file.name != second.file.name
    assert len(keys(bucket)) == 2
    first.file.open("rb")
    assert first.file.read() == b"een"
    first.file.close()


@pytest.mark.django_db
def test_deleting_removes_the_files_from_the_bucket(bucket, django_capture_on_commit_callbacks):
    image = Image.objects.create(title="Schoolplein", file=get_test_image_file("plein.png"))
    image.get_rendition("fill-120x80")
    document = Document.objects.create(
        title="Verslag", file=ContentFile(b"Verslag.", name="verslag.txt")
    )
    assert len(keys(bucket)) == 3

    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
        document.delete()

    assert keys(bucket) == []


def settings_in_subprocess(**env):
    """The storage settings of production.py and the URL the storage gives a file (signing
    needs no network)."""
    return production_settings(
        "{'storage': settings.STORAGES['default'], 'origin': settings.MEDIA_ORIGIN, "
        "'url': None if os.environ.get('WITHOUT_URL') else d.url('images/plein.png')}",
        setup="import os, django; django.setup(); "
        "from django.core.files.storage import default_storage as d",
        clear=("AWS_", "DATABASE"),
        **env,
    )


AWS = {"AWS_ACCESS_KEY_ID": "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret"}


@pytest.mark.parametrize(
    ("env", "origin"),
    [
        (
            {"AWS_S3_ENDPOINT_URL": "https://s3.provider.example:9000"},
            "https://s3.provider.example:9000",
        ),
        ({"AWS_S3_REGION_NAME": "eu-central-1"}, "https://kb-media.s3.eu-central-1.amazonaws.com"),
        ({}, "https://kb-media.s3.amazonaws.com"),
        (
            {"AWS_S3_REGION_NAME": "eu-west-1", "AWS_S3_ADDRESSING_STYLE": "path"},
            "https://s3.eu-west-1.amazonaws.com",
        ),
        (
            {
                "AWS_S3_ENDPOINT_URL": "https://fsn1.objects.example",
                "AWS_S3_ADDRESSING_STYLE": "virtual",
            },
            "https://kb-media.fsn1.objects.example",
        ),
        ({"AWS_S3_CUSTOM_DOMAIN": "media.kennisbank.example"}, "https://media.kennisbank.example"),
    ],
)
def test_a_bucket_name_switches_media_to_s3(env, origin):
    result = settings_in_subprocess(AWS_STORAGE_BUCKET_NAME="kb-media", **AWS, **env)

    storage = result["storage"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "kb-media"
    assert options["querystring_auth"] is True and options["file_overwrite"] is False
    assert result["origin"] == origin
    assert result["url"].startswith(origin + "/")  # the origin is where media URLs point
    if "X-Amz-" in result["url"]:
        assert "X-Amz-Algorithm=AWS4-HMAC-SHA256" in result["url"]  # signature version 4


def test_a_prefix_in_the_bucket():
    result = settings_in_subprocess(
        AWS_STORAGE_BUCKET_NAME="kb-media",
        AWS_S3_REGION_NAME="eu-west-1",
        AWS_LOCATION="site",
        **AWS,
    )

    assert result["storage"]["OPTIONS"]["location"] == "site"
    assert result["url"].startswith("https://kb-media.s3.eu-west-1.amazonaws.com/site/images/")


def test_without_keys_boto3_uses_the_instance_role():
    result = settings_in_subprocess(
        AWS_STORAGE_BUCKET_NAME="kb-media", AWS_EC2_METADATA_DISABLED="true", WITHOUT_URL="1"
    )

    options = result["storage"]["OPTIONS"]
    assert "access_key" not in options and "secret_key" not in options


def test_without_a_bucket_media_stay_on_disk():
    result = settings_in_subprocess()

    assert result["storage"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert result["origin"] == ""
    assert result["url"] == "/media/images/plein.png"
