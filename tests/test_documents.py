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
    doc = parse_text("Yayın Tarihi: 09.10.2025 20:22\nMetin", "x.txt",
                     published=datetime(2025, 1, 2, 3, 4))
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
    import timeline.documents as documents

    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
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
        {"title": "Birinci", "content": "Toplantı 3 Mart'ta yapılacak.", "date": "2025-02-01",
         "url": "https://haber.example/1"},
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
