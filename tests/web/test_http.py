"""The app over HTTP: pages, API, escaping, CSRF, read-only, tokens."""

import subprocess
import sys

import httpx

from dossier.store import open_store


def test_every_page_and_the_openapi_document(server):
    for path in ("/", "/documents", "/people", "/people?type=ORG", "/timeline", "/network", "/findings",
                 "/curation", "/search?q=Pyatakov", "/entity/pyatakov", "/export/events.csv", "/export/network.graphml"):
        r = httpx.get(server.url + path)
        assert r.status_code == 200, path
        assert "default-src 'self'" in r.headers["content-security-policy"]
    spec = httpx.get(server.url + "/openapi.json").json()
    assert "/api/entity/{entity_id}" in spec["paths"] and "/api/search" in spec["paths"]


def test_no_resource_from_elsewhere(server):
    for path in ("/", "/timeline", "/network"):
        html = httpx.get(server.url + path).text
        assert "http://" not in html.replace(server.url, "") and "https://" not in html


def test_hostile_documents_render_as_text(server):
    docs = httpx.get(server.url + "/api/documents").json()
    for doc in docs:
        if "hostile" not in doc["path"]:
            continue
        html = httpx.get(f"{server.url}/doc/{doc['id']}").text
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html and "onerror=alert" in html  # shown, as text


def test_search_is_variant_insensitive_and_faceted(server):
    hits = httpx.get(server.url + "/api/search", params={"q": "Pyatakov"}).json()
    assert any("Piatakov" in h["snippet"] for h in hits)
    kjeller = [d for d in httpx.get(server.url + "/api/documents").json() if "kjeller" in d["path"]][0]
    only = httpx.get(server.url + "/api/search", params={"q": "Pyatakov", "doc": kjeller["id"]}).json()
    assert only and {h["doc_id"] for h in only} == {kjeller["id"]}
    dated = httpx.get(server.url + "/api/search", params={"q": "Sedov", "date_from": "1933-01-01", "date_to": "1933-12-31"}).json()
    assert dated and all("1933" in h["snippet"] or "Paris" in h["snippet"] for h in dated)


def test_writes_need_the_csrf_token(server):
    r = httpx.post(server.url + "/curate/event", data={"event_id": "x", "status": "rejected"})
    assert r.status_code == 403 and "CSRF" in r.text
    with httpx.Client(base_url=server.url) as client:
        client.get("/")
        token = client.cookies["dossier_csrf"]
        r = client.post("/curate/undo", data={"log_id": "999999", "csrf_token": token})
        assert r.status_code == 400  # accepted by the guard, refused by the store: no such edit


def test_read_only_refuses_every_write(serve, tmp_path):
    s = serve(tmp_path, read_only=True)
    with httpx.Client(base_url=s.url) as client:
        client.get("/")
        r = client.post("/curate/merge", data={"source": "radek", "target": "trotsky",
                                               "csrf_token": client.cookies["dossier_csrf"]})
        assert r.status_code == 403 and "read-only" in r.text
    assert "Merge" not in httpx.get(s.url + "/entity/radek").text


def test_token_is_required_when_set(serve, tmp_path):
    s = serve(tmp_path, token="s3cret-token")
    assert httpx.get(s.url + "/").status_code == 401
    assert httpx.get(s.url + "/", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    with httpx.Client(base_url=s.url) as client:
        assert client.get("/?token=s3cret-token").status_code == 200
        assert client.get("/people").status_code == 200  # the cookie carries it from then on


def test_foreign_host_header_refused_without_token(server):
    assert httpx.get(server.url + "/", headers={"Host": "evil.example:80"}).status_code == 403


def test_serve_refuses_a_public_address_without_a_token(demo_store):
    run = subprocess.run([sys.executable, "-m", "dossier", "serve", "--db", str(demo_store), "--host", "0.0.0.0"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "without an access token" in run.stderr


def test_merge_is_logged_and_undone_over_http(serve, tmp_path):
    s = serve(tmp_path)
    with httpx.Client(base_url=s.url) as client:
        client.get("/")
        token = client.cookies["dossier_csrf"]
        r = client.post("/curate/merge", data={"source": "mrachkovsky", "target": "reingold", "csrf_token": token})
        assert r.status_code in (200, 303)
        assert client.get("/entity/mrachkovsky").status_code == 404
        store = open_store(tmp_path / "copy.db")
        (entry,) = [e for e in store.curation_log() if e["action"] == "merge"]
        assert '"mrachkovsky"' in entry["before"]
        client.post("/curate/undo", data={"log_id": entry["id"], "csrf_token": token})
        assert client.get("/entity/mrachkovsky").status_code == 200


def test_every_mention_can_be_paged_through(serve, tmp_path):
    import re

    from dossier.api import ingest_into

    s = serve(tmp_path)
    many = tmp_path / "many"
    many.mkdir()
    (many / "radek.txt").write_text("Articles\n\n" + "\n\n".join(
        f"In {1920 + i % 17} Karl Radek wrote article number {i} for Izvestia." for i in range(70)) + "\n")
    store = open_store(tmp_path / "copy.db")
    ingest_into(store, [many])
    store.close()
    everything = httpx.get(s.url + "/api/entity/radek").json()
    assert everything["mention_count"] == len(everything["mentions"]) > 70
    seen = []
    last = (len(everything["mentions"]) + 49) // 50
    for page_no in range(1, last + 1):
        html = httpx.get(s.url + "/entity/radek", params={"page": page_no}).text
        assert f"page {page_no} of {last}" in html
        seen += re.findall(r'name="mention" value="(\d+)"', html)
    assert sorted(map(int, seen)) == sorted(m["id"] for m in everything["mentions"])
    assert 'rel="next"' not in html and 'rel="prev"' in html


def test_merge_by_name_and_a_short_list_of_likely_twins(serve, tmp_path):
    s = serve(tmp_path)
    with httpx.Client(base_url=s.url) as client:
        page = client.get("/entity/sokolnikov-g").text
        assert 0 < page.count('<option value="') <= 30
        token = client.cookies["dossier_csrf"]
        r = client.post("/curate/merge", data={"source": "L. P. Serebryakov", "target": "sokolnikov-g", "csrf_token": token})
        assert r.status_code in (200, 303)
        assert client.get("/entity/serebryakov-l").status_code == 404
        r = client.post("/curate/merge", data={"source": "Nobody Known", "target": "sokolnikov-g", "csrf_token": token})
        assert r.status_code == 400
