def test_home(client, home_page, home_page_en, theme_index):
    from taxonomy.factories import ThemeFactory

    ThemeFactory(name="Terug naar school", slug="terug-naar-school", locale=home_page.locale)
    r = client.get("/")
    assert r.status_code == 200, r.content[:2000]
    html = r.content.decode()
    assert "Terug naar school" in html
    assert 'href="/en/"' in html
    r = client.get("/en/")
    assert r.status_code == 200
    assert "Knowledge base" in r.content.decode()
    r = client.get("/themas/terug-naar-school/")
    assert r.status_code == 200
    assert "Terug naar school" in r.content.decode()
    r = client.get("/zoeken/?q=thuiszitters")
    assert r.status_code == 200, r.content[:3000]
    r = client.get("/nope/")
    assert r.status_code == 404
