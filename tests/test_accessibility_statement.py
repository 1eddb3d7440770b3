import pytest
from django.conf import settings

from tests.html_outline import assert_sound_outline


def test_the_statement_says_what_digg_asks_for(client):
    response = client.get("/tillganglighet/")
    content = response.content.decode()

    assert response.status_code == 200
    assert_sound_outline(response)
    assert "delvis förenlig med lagen om tillgänglighet till digital offentlig service" in content
    assert "Innehåll som inte är tillgängligt" in content
    email = settings.ACCESSIBILITY_CONTACT_EMAIL
    assert f'<a href="mailto:{email}">{email}</a>' in content
    assert '<a href="https://www.digg.se/tdosanmalan">' in content
    assert "självskattning" in content
    assert "Senaste bedömningen gjordes den" in content
    assert "114 14" in content


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/kommuner/", "/finns-inte/"])
def test_every_page_links_to_the_statement_from_its_footer(client, path):
    content = client.get(path).content.decode()
    footer = content[content.index("<footer") :]

    assert '<a href="/tillganglighet/">Tillgänglighet</a>' in footer
