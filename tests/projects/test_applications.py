"""The public form "Propose a project": what it stores, the e-mails it sends, and every bad
input refused with a message in the visitor's language and nothing stored."""

import io
import uuid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from projects.models import ProjectApplication

pytestmark = pytest.mark.django_db
URL_EN = "/en/projects/propose-a-project/"
URL_FR = "/fr/projets/proposer-un-projet/"


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PROJECT_APPLICATION_NOTICE_TO = ["bureau@example.org"]


def valid_data(**changes):
    from partners.models import TwinCityPage

    data = {
        "token": str(uuid.uuid4()),
        "applicant_name": "Jane Doe",
        "organisation": "Aix Rugby Club",
        "email": "jane@example.org",
        "phone": "",
        "twin_city": TwinCityPage.objects.get(slug_fr="masis").pk,
        "field": "sport",
        "title": "Rugby tournament with Masis",
        "aims": "Two teams of young players meet in Aix, then in Masis.",
        "start_date": "2027-05-01",
        "end_date": "2027-05-08",
        "participants": "30",
        "total_budget": "12000.00",
        "amount_requested": "2500.50",
        "other_funding": "City of Aix: 4,000 €",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_the_form_is_offered_in_both_languages(client):
    english = client.get(URL_EN).content.decode()
    assert "Propose a project" in english and "Amount asked of the association" in english
    assert 'name="consent"' in english and 'name="website"' in english
    french = client.get(URL_FR).content.decode()
    assert "Proposer un projet" in french and "Montant demandé à l’Association" in french


def test_a_proposal_in_english_is_stored_acknowledged_and_announced(client, submit):
    response = submit(URL_EN, valid_data())
    assert response.status_code == 302 and response["Location"] == URL_EN + "?sent=1"
    application = ProjectApplication.objects.get()
    assert application.language == "en" and application.status == "received"
    assert str(application.amount_requested) == "2500.50" and application.consent_at
    ack, notice = mail.outbox
    assert ack.to == ["jane@example.org"] and "We have received your project proposal" in ack.body
    assert notice.to == ["bureau@example.org"] and "Nouvelle demande de projet" in notice.subject
    assert f"/django-admin/projects/projectapplication/{application.pk}/change/" in notice.body
    # No personal data in the notice: it may travel through a shared mailbox.
    assert "jane@example.org" not in notice.body and "Jane Doe" not in notice.body
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you: your proposal has been sent" in thanks and 'name="title"' not in thanks


BAD_INPUTS = [
    ({"amount_requested": "-5"}, "amount_requested", "greater than or equal to 0"),
    ({"total_budget": "100.005"}, "total_budget", "no more than 2 decimal places"),
    ({"end_date": "2027-04-01"}, "end_date", "The end is before the start."),
    ({"amount_requested": "20000"}, "amount_requested", "more than the total budget"),
    ({"consent": ""}, "consent", "Please give your consent"),
    ({"email": "not-an-address"}, "email", "valid email address"),
    ({"twin_city": "999999"}, "twin_city", "Select a valid choice"),
    ({"start_date": "2027-13-45"}, "start_date", "Enter a valid date"),
    ({"token": "not-a-token"}, "token", "The form has expired: please send it again."),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUTS)
def test_bad_input_is_refused_on_its_field_and_nothing_is_stored(client, changes, field, message):
    response = client.post(URL_EN, valid_data(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert field in response.context["form"].errors
    assert not ProjectApplication.objects.exists() and not mail.outbox


def test_errors_are_in_the_visitors_language_and_tied_to_their_fields(client):
    html = client.post(URL_FR, valid_data(end_date="2027-04-01", consent="")).content.decode()
    assert "La fin est avant le début." in html
    assert "Merci de donner votre accord" in html
    assert 'aria-describedby="id_end_date-errors"' in html and 'aria-invalid="true"' in html
    assert 'role="alert"' in html


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("budget.pdf", b"%PDF-1.4\n%...\n", True),
        ("photo.png", png_bytes(), True),
        ("photo.jpg", png_bytes(), False),  # a PNG named .jpg
        ("budget.pdf", b"<html><script>alert(1)</script>", False),
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", False),
        ("run.exe", b"MZ\x90\x00", False),
        ("photo.png", b"\x89PNG\r\n\x1a\n truncated", False),
    ],
)
def test_only_a_real_pdf_or_picture_is_accepted(client, name, content, accepted):
    upload = SimpleUploadedFile(name, content)
    response = client.post(URL_EN, valid_data(attachment=upload))
    assert ProjectApplication.objects.exists() == accepted
    if not accepted:
        assert "must be a PDF or a picture" in response.content.decode()


def test_an_attachment_over_the_limit_is_refused(client, settings):
    settings.PROJECT_APPLICATION_MAX_UPLOAD_MB = 1
    upload = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (1024 * 1024 + 10))
    response = client.post(URL_EN, valid_data(attachment=upload))
    assert "The attachment is too large (1.0 MB): the limit is 1 MB." in response.content.decode()
    assert not ProjectApplication.objects.exists()


def test_attachments_are_private(client, settings):
    client.post(URL_EN, valid_data(attachment=SimpleUploadedFile("cv.pdf", b"%PDF-1.4 x")))
    application = ProjectApplication.objects.get()
    stored = settings.PRIVATE_MEDIA_ROOT / application.attachment.name
    assert stored.exists() and "cv" not in stored.name  # our name, not the applicant's
    assert not any(settings.MEDIA_ROOT.rglob("*.pdf")) if settings.MEDIA_ROOT.exists() else True
    assert client.get("/media/" + application.attachment.name).status_code == 404
    download = f"/django-admin/projects/projectapplication/{application.pk}/attachment/"
    assert client.get(download).status_code == 302  # to the login page


def test_a_form_posted_twice_is_stored_once(submit):
    data = valid_data()
    first, second = submit(URL_EN, data), submit(URL_EN, data)
    assert first.status_code == second.status_code == 302
    assert ProjectApplication.objects.count() == 1 and len(mail.outbox) == 2


def test_the_honeypot_stores_nothing_and_tells_the_robot_nothing(client):
    response = client.post(URL_EN, valid_data(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    assert not ProjectApplication.objects.exists() and not mail.outbox


def test_one_address_may_send_three_proposals_an_hour(client):
    for _ in range(3):
        assert client.post(URL_EN, valid_data()).status_code == 302
    response = client.post(URL_EN, valid_data())
    assert response.status_code == 429
    assert "Several proposals were already sent from your connection" in response.content.decode()
    assert ProjectApplication.objects.count() == 3
    other = client.post(URL_EN, valid_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302 and ProjectApplication.objects.count() == 4


def test_without_an_address_to_notify_only_the_acknowledgement_goes(settings, submit):
    settings.PROJECT_APPLICATION_NOTICE_TO = []
    submit(URL_FR, valid_data())
    (ack,) = mail.outbox
    assert ack.subject.startswith("Votre proposition de projet")


def test_the_board_reads_what_was_sent_and_sets_only_its_status_and_page(client, submit):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    submit(URL_EN, valid_data())
    application = ProjectApplication.objects.get()
    board = get_user_model().objects.create_user("board", is_staff=True)
    board.groups.add(Group.objects.get(name="Conseil d'administration"))
    client.force_login(board)
    html = client.get(
        f"/django-admin/projects/projectapplication/{application.pk}/change/"
    ).content.decode()
    assert 'name="status"' in html and 'name="project"' in html
    assert 'name="email"' not in html and "jane@example.org" in html
    assert "Anglais" in html  # the language the form was sent in


def test_the_error_summary_links_each_field_with_french_punctuation(client):
    html = client.post(URL_FR, valid_data(title="")).content.decode()
    assert '<a href="#id_title">Titre du projet : Champ requis.</a>' in html


def test_a_picture_claiming_fifty_thousand_pixels_square_is_refused_with_a_message(client):
    from tests.jumelage.test_hostile_input import png

    upload = SimpleUploadedFile("plan.png", png(50_000, 50_000), content_type="image/png")
    response = client.post(URL_EN, valid_data(attachment=upload))
    assert response.status_code == 200
    assert "The picture is too large (in pixels)" in response.content.decode()
    assert not ProjectApplication.objects.exists()


def test_a_title_with_a_line_break_is_kept_on_one_line_and_both_emails_go(submit):
    submit(URL_EN, valid_data(title="Rugby tournament\r\nwith Masis"))
    assert ProjectApplication.objects.get().title == "Rugby tournament with Masis"
    assert len(mail.outbox) == 2
    assert all("\n" not in message.subject for message in mail.outbox)
