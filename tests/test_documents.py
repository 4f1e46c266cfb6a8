"""Reading articles: headers, formats, encodings and refusals."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from timeline.documents import parse_bytes, parse_header, parse_text, read_documents
from timeline.errors import InputError

IST = ZoneInfo("Europe/Istanbul")


def test_seed_with_yayin_tarihi_header(seed_paths):
    doc = read_documents(seed_paths[0])[0]
    assert doc.published == datetime(2025, 10, 9, 20, 22, tzinfo=IST)
    assert doc.published_has_time
    assert doc.updated == datetime(2025, 10, 9, 20, 22, tzinfo=IST)
    assert doc.title.startswith("Kazakistan Cumhurbaşkanı Tokayev, Duşanbe'deki")
    body = "".join(doc.text[a:b] for a, b in doc.body)
    assert "Yayın Tarihi" not in body and "Güncelleme Tarihi" not in body
    assert "12 Kasım'da Rusya'ya resmi ziyaret" in body
    # The text is kept exactly: the file's decoded content.
    with open(seed_paths[0], encoding="utf-8") as f:
        assert doc.text == f.read()


def test_seed_with_leading_date_and_lede_on_the_same_line(seed_paths):
    doc = read_documents(seed_paths[1])[0]
    assert doc.published.date().isoformat() == "2025-10-22"
    assert not doc.published_has_time
    assert doc.published_json() == "2025-10-22"
    assert doc.title.startswith("Rusya Dışişleri Bakanı Sergey Lavrov")
    first_body = doc.text[doc.body[0][0] : doc.body[0][1]]
    assert first_body.startswith(" Rusya Dışişleri")
    assert "date 2025-10-22" not in first_body


def test_corpus_style_date_line_alone():
    text = "date 2025-09-15\n\nBaşlık burada\nGövde metni 17 Eylül'de."
    doc = parse_text(text, "x.txt")
    assert doc.published == datetime(2025, 9, 15, tzinfo=IST)
    assert doc.title == "Başlık burada"
    assert doc.text[doc.body[0][0] :].lstrip().startswith("Başlık")


def test_date_line_with_time_and_offset():
    doc = parse_text("date 2024-10-06T09:52+03:00\n\nReferandum başladı.", "x.txt")
    assert doc.published.isoformat() == "2024-10-06T09:52:00+03:00"
    assert doc.published_json() == "2024-10-06T09:52+03:00"


@pytest.mark.parametrize(
    "label",
    ["Yayın Tarihi", "YAYIN TARİHİ", "yayın tarihi", "Yayınlanma Tarihi"],
)
def test_header_labels_in_any_case(label):
    h = parse_header(f"Başlık\n{label}: 01.02.2026 08:05\nMetin")
    assert h.published == datetime(2026, 2, 1, 8, 5)


def test_malformed_header_date_is_not_taken():
    with pytest.raises(InputError, match="'45.13.2025 99:99' is not a real date"):
        parse_text("Başlık\nYayın Tarihi: 45.13.2025 99:99\nMetin", "bad.txt")


def test_published_option_overrides_header():
    doc = parse_text(
        "Yayın Tarihi: 09.10.2025 20:22\nMetin", "x.txt", published=datetime(2025, 1, 2, 3, 4)
    )
    assert doc.published == datetime(2025, 1, 2, 3, 4, tzinfo=IST)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t  ", "empty"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (b"PK\x03\x04" + b"\x00" * 20, "ZIP"),
        (bytes(range(256)) * 4, "binary"),
        (b"Yayin Tarihi yok, sadece metin.", "no publication date"),
    ],
)
def test_refusals_say_why(data, reason):
    with pytest.raises(InputError) as info:
        parse_bytes(data, "input.txt")
    assert reason in info.value.message
    assert info.value.message.startswith("input.txt")


def test_too_large_file(tmp_path, monkeypatch):

    monkeypatch.setenv("TIMELINE_MAX_BYTES", "1000")
    big = tmp_path / "big.txt"
    big.write_bytes(b"date 2025-01-01\n" + b"a" * 2000)
    with pytest.raises(InputError, match="too large"):
        read_documents(big)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_documents(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_documents(tmp_path)


TURKISH = "date 2025-03-01\n\nŞişli'de ığdırlı üreticiler İstanbul'a geldi. Güncel çağrı."


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "cp1254", "iso8859_9"],
)
def test_encodings(encoding):
    data = TURKISH.encode(encoding)
    doc = parse_bytes(data, "enc.txt")[0]
    assert "Şişli'de ığdırlı üreticiler İstanbul'a" in doc.text
    assert doc.published.date().isoformat() == "2025-03-01"


def test_html_article_uses_page_metadata():
    html = """<!doctype html><html><head><meta charset="utf-8">
    <title>Zirve haberi</title>
    <meta property="article:published_time" content="2025-06-01T10:30:00+03:00">
    <link rel="canonical" href="https://haber.example/zirve">
    </head><body><article><h1>Astana'da zirve</h1>
    <p>Liderler 15 Haziran'da Astana'da bir araya gelecek. Zirvenin gündemi enerji olacak
    ve toplantıya beş ülkenin cumhurbaşkanı katılacak.</p>
    <p>Hazırlıklar sürüyor; bakanlar da bir gün önce görüşecek.</p></article>
    <script>window.__xss = 1</script></body></html>"""
    doc = parse_bytes(html.encode(), "page.html", suffix=".html")[0]
    assert doc.published.isoformat() == "2025-06-01T10:30:00+03:00"
    assert "15 Haziran'da Astana'da bir araya gelecek" in doc.text
    assert "window.__xss" not in doc.text


def test_json_records():
    records = [
        {
            "title": "Birinci",
            "content": "Toplantı 3 Mart'ta yapılacak.",
            "date": "2025-02-01",
            "url": "https://haber.example/1",
        },
        {"title": "İkinci", "text": "Seçim 14 Mayıs'ta.", "published": "2025-02-02T09:00:00"},
    ]
    docs = parse_bytes(json.dumps(records).encode(), "news.json", suffix=".json")
    assert [d.title for d in docs] == ["Birinci", "İkinci"]
    assert docs[0].url == "https://haber.example/1"
    assert docs[0].key == "url:https://haber.example/1"
    assert docs[1].published.isoformat() == "2025-02-02T09:00:00+03:00"


def test_json_errors_name_the_problem():
    with pytest.raises(InputError, match="invalid JSON at line 1"):
        parse_bytes(b'{"title": ', "bad.json", suffix=".json")
    with pytest.raises(InputError, match="record 1 has no article text"):
        parse_bytes(b'{"title": "x"}', "bad.json", suffix=".json")


def test_rss_feed_gives_one_document_per_item():
    rss = """<?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0"><channel><title>Örnek Haber</title>
    <item><title>Zirve yarın</title><link>https://haber.example/a</link>
      <description>Zirve 12 Kasım'da Moskova'da yapılacak.</description>
      <pubDate>Mon, 10 Nov 2025 08:00:00 +0300</pubDate></item>
    <item><title>Ziyaret</title><link>https://haber.example/b</link>
      <description>&lt;p&gt;Bakan 3 Aralık'ta Bakü'yü ziyaret edecek.&lt;/p&gt;</description>
      <pubDate>Tue, 11 Nov 2025 09:30:00 +0300</pubDate></item>
    </channel></rss>"""
    docs = parse_bytes(rss.encode(), "feed.xml", suffix=".xml")
    assert [d.url for d in docs] == ["https://haber.example/a", "https://haber.example/b"]
    assert docs[0].outlet == "Örnek Haber"
    assert docs[1].published.isoformat() == "2025-11-11T09:30:00+03:00"
    assert "<p>" not in docs[1].text and "Bakü'yü ziyaret edecek" in docs[1].text


def test_hostile_text_is_kept_as_text():
    text = "date 2025-01-01\n\n<script>alert(1)</script> Zirve\r\nBEGIN:VEVENT\x00\x07 bitti."
    doc = parse_text(text, "evil.txt")
    assert doc.text == text


# ---------------------------------------------------------------------------------------------
# Issue 7: every refusal of the list, encodings, normalisation, one bad record


def test_fifty_megabytes_are_refused_before_they_are_read(tmp_path):
    import tracemalloc

    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.write(b"date 2025-01-01\n\n")
        f.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="too large") as info:
            read_documents(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "52,428,800 bytes" in info.value.message
    assert peak < 1024 * 1024  # not one megabyte of it was read


def test_a_stream_over_the_limit_is_refused_while_reading(tmp_path, monkeypatch):
    import os
    import threading

    monkeypatch.setenv("TIMELINE_MAX_BYTES", "10kB")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as f:
            try:
                f.write(b"date 2025-01-01\n\n" + b"a" * 50_000)
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(InputError, match="too large .over 10,000 bytes"):
        read_documents(fifo)
    writer.join(timeout=10)


def test_invalid_utf8_is_refused_with_the_offset():
    data = (
        "date 2025-03-01\n\nŞişli'de güneşli bir gün. ".encode()
        + b"\xff\xfe\xc3("
        + "Çarşı kalabalık.".encode()
    )
    with pytest.raises(InputError, match="invalid UTF-8") as info:
        parse_bytes(data, "broken.txt")
    offset = data.index(b"\xff")
    assert f"offset {offset}" in info.value.message


def test_invalid_json_is_refused_with_the_place():
    with pytest.raises(InputError, match=r"invalid JSON at line 2, column \d+"):
        parse_bytes(b'{"title": "x",\n "text": }', "bad.json", suffix=".json")
    with pytest.raises(InputError, match="nested too deeply"):
        parse_bytes(b"[" * 100_000, "deep.json", suffix=".json")


@pytest.mark.parametrize(
    "text",
    [
        "Yayın Tarihi: 31.02.2025 10:00\nBaşlık\nZirve yarın.",
        "date 2025-02-31\n\nBaşlık\nZirve yarın.",
    ],
)
def test_an_impossible_date_is_named(text):
    with pytest.raises(InputError, match="2025.* is not a real date"):
        parse_bytes(text.encode(), "impossible.txt")


def test_an_impossible_date_in_json_refuses_that_record_only():
    from timeline.documents import parse_items

    records = [
        {"title": "İyi", "text": "Zirve 3 Mart'ta.", "published": "2025-02-01"},
        {"title": "Kötü", "text": "Zirve 4 Mart'ta.", "published": "31.02.2025"},
        {"title": "Tarihsiz", "text": "Zirve 5 Mart'ta."},
    ]
    items = parse_items(
        json.dumps(records).encode(), "news.json", key="file:news.json", suffix=".json"
    )
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "InputError"]
    assert "'31.02.2025' is not a real date" in items[1].message and "record 2" in items[1].message
    assert "no publication date" in items[2].message and "record 3" in items[2].message
    # read_documents/parse_bytes keep the articles that can be read
    assert [
        d.title for d in parse_bytes(json.dumps(records).encode(), "n.json", suffix=".json")
    ] == ["İyi"]


def test_an_article_with_no_date_at_all_is_refused():
    with pytest.raises(InputError, match="no publication date"):
        parse_bytes("Başlık\n\nZirve 12 Kasım'da yapılacak.".encode(), "nodate.txt")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "iso8859_9", "cp1254"])
def test_encodings_without_a_bom(codec):
    doc = parse_bytes(TURKISH.encode(codec), "enc.txt")[0]
    assert doc.text == TURKISH


def test_text_is_normalised_nfc_lf_and_without_control_characters():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", TURKISH)
    assert decomposed != TURKISH
    raw = decomposed.replace("\n", "\r\n").replace("geldi.", "gel\x00di.\x07") + "\rSon."
    doc = parse_bytes(raw.encode("utf-8"), "crlf.txt")[0]
    assert doc.text == TURKISH + "\nSon."
    assert doc.published.date().isoformat() == "2025-03-01"
    assert "\r" not in doc.text and unicodedata.is_normalized("NFC", doc.text)


def test_content_hash_identifies_bytes_without_a_file_or_url():
    first = parse_bytes(TURKISH.encode(), "<stdin>")[0]
    again = parse_bytes(TURKISH.encode("utf-16"), "upload")[0]
    assert first.key == again.key == f"sha:{first.sha}"
    assert parse_bytes(TURKISH.encode(), "x.txt", key="file:/a/x.txt")[0].key == "file:/a/x.txt"


def test_html_date_from_the_page_not_from_its_text():
    # A <time> element dates this page (htmldate reads it, to the day); the page's text is not
    # searched, so the fair's day in it is not taken for the publication date.
    html = """<!doctype html><html><head><meta charset="utf-8"><title>Fuar</title></head>
    <body><article><h1>Fuar açılıyor</h1>
    <time datetime="2025-04-02T09:15:00+03:00" class="published">2 Nisan 2025</time>
    <p>Kitap fuarı 20 Nisan 2025 tarihinde Konya şehrinde açılacak; fuara yüz yayınevi
    katılacak ve on gün sürecek. Ziyaretçiler ücretsiz girebilecek.</p></article></body></html>"""
    doc = parse_bytes(html.encode(), "page.html", suffix=".html")[0]
    assert doc.published.date().isoformat() == "2025-04-02"
    undated = html.replace(
        '<time datetime="2025-04-02T09:15:00+03:00" class="published">2 Nisan 2025</time>', ""
    )
    with pytest.raises(InputError, match="no publication date in the page's metadata"):
        parse_bytes(undated.encode(), "page.html", suffix=".html")


def test_html_with_a_day_only_date_has_no_time():
    html = """<html><head><meta name="date" content="2025-04-03"><title>Fuar</title></head>
    <body><p>Kitap fuarı 20 Nisan'da Konya şehrinde açılacak; yüz yayınevi katılacak.</p>
    </body></html>"""
    doc = parse_bytes(html.encode(), "page.html", suffix=".html")[0]
    assert doc.published.date().isoformat() == "2025-04-03" and not doc.published_has_time


def test_a_feed_entry_without_a_date_is_refused_alone():
    from timeline.documents import parse_items

    rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>H</title>
    <item><title>Tarihli</title><link>https://haber.example/a</link>
      <description>Zirve 12 Kasım'da.</description>
      <pubDate>Mon, 10 Nov 2025 08:00:00 +0300</pubDate></item>
    <item><title>Tarihsiz</title><link>https://haber.example/b</link>
      <description>Ziyaret 3 Aralık'ta.</description></item>
    </channel></rss>"""
    items = parse_items(rss.encode(), "feed.xml", key="file:feed.xml", suffix=".xml")
    assert items[0].url == "https://haber.example/a"
    assert isinstance(items[1], InputError) and "feed.xml#2" in items[1].message
