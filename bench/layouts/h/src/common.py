"""Shared helpers for the NX (set H) synthetic referral generator.

Paths are relative to this file's parent directory, so the set can be rebuilt
anywhere with `python3 src/build.py`.
"""
import datetime as _dt
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT / "html"
TRUTH_DIR = ROOT / "truth"
DOCS_DIR = ROOT / "docs"
WORK_DIR = ROOT / "work"      # PDFs and intermediate page images

SPECIALTIES = set("""allergy cardiology dermatology endocrinology gastroenterology
hematology nephrology neurology oncology ophthalmology orthopedics otolaryngology
pulmonology rheumatology urology psychiatry physical_therapy podiatry general_surgery
obstetrics_gynecology""".split())


def npi(base9: str) -> str:
    """Append the NPI check digit: Luhn over '80840' + the 9 base digits."""
    assert len(base9) == 9 and base9.isdigit() and base9[0] in "12"
    s = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:          # rightmost digit of the payload is doubled
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    """Full Luhn check of a 10-digit NPI with the 80840 prefix."""
    if len(n) != 10 or not n.isdigit() or n[0] not in "12":
        return False
    s = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


assert npi("123456789") == "1234567893" and npi_ok("1234567893")  # CMS example


def P(num: str, style: str = "paren") -> str:
    """Format a 10-digit phone number in one of several printed styles."""
    a, b, c = num[:3], num[3:6], num[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "paren_nosp": f"({a}){b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "space": f"{a} {b} {c}",
        "slash": f"{a}/{b}-{c}",
        "one": f"1-{a}-{b}-{c}",
        "plain": num,
    }[style]


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]

DATE_STYLES = ("us", "us_short", "us_yy", "us_short_yy", "us_dash", "dmy_slash", "iso", "dmy",
               "dmy_nz", "dmy_long", "long", "abbr", "abbr_nocomma", "dash_mon", "compact", "es_long",
               "dot")


def D(iso: str, style: str = "us") -> str:
    """Print an ISO date in one of many styles."""
    d = _dt.date.fromisoformat(iso)
    return {
        "us": d.strftime("%m/%d/%Y"),                       # 10/03/2026
        "us_short": f"{d.month}/{d.day}/{d.year}",          # 10/3/2026
        "us_yy": d.strftime("%m/%d/%y"),                    # 10/03/26
        "us_short_yy": f"{d.month}/{d.day}/{d.strftime('%y')}",  # 10/3/26
        "us_dash": d.strftime("%m-%d-%Y"),                  # 10-03-2026
        "dmy_slash": d.strftime("%d/%m/%Y"),                # 03/10/2026 (dia/mes/ano)
        "iso": iso,                                         # 2026-10-03
        "dmy": d.strftime("%d %b %Y"),                      # 03 Oct 2026
        "dmy_nz": f"{d.day} {d.strftime('%b')} {d.year}",   # 3 Oct 2026
        "dmy_long": f"{d.day} {d.strftime('%B')} {d.year}",  # 3 October 2026
        "long": f"{d.strftime('%B')} {d.day}, {d.year}",    # October 3, 2026
        "abbr": f"{d.strftime('%b')} {d.day}, {d.year}",    # Oct 3, 2026
        "abbr_nocomma": f"{d.strftime('%b')} {d.day} {d.year}",  # Oct 3 2026
        "dash_mon": d.strftime("%d-%b-%Y").upper(),         # 03-OCT-2026
        "compact": d.strftime("%d%b%y").upper(),            # 03OCT26
        "es_long": f"{d.day} de {MESES[d.month - 1]} de {d.year}",  # 3 de octubre de 2026
        "dot": d.strftime("%m.%d.%Y"),                      # 10.03.2026
    }[style]


def date_variants(iso: str):
    return {D(iso, s) for s in DATE_STYLES}


BASE_CSS = """
@page { size: letter; margin: 0.3in 0.55in 0.5in 0.55in; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; }
table { border-collapse: collapse; }
.sheet { position: relative; padding-bottom: 0.3in; page-break-after: always; break-after: page; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
"""

PB = '<div class="pb"></div>'
_PHONE = re.compile(r"(?<![\w-])(?:1-)?(?:\(\d{3}\) ?|\d{3}[-./])\d{3}[-.]\d{4}(?![\w-])")


def nowrap_phones(body: str) -> str:
    """Keep printed phone numbers on one line (outside <pre> blocks, which never wrap)."""
    parts = re.split(r"(<pre>.*?</pre>)", body, flags=re.S)
    return "".join(p if p.startswith("<pre>") else
                   _PHONE.sub(lambda m: f'<span style="white-space:nowrap">{m.group(0)}</span>', p)
                   for p in parts)


def page(title: str, css: str, body: str, page_css: str = "", sheet_h: str = "10.15in") -> str:
    """Each printed page is a fixed-height .sheet (footers are absolute at its bottom);
    builders separate pages with PB."""
    body = nowrap_phones(body)
    sheets = "\n".join(f'<div class="sheet" style="min-height:{sheet_h}">{chunk}</div>'
                       for chunk in body.split(PB))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>{BASE_CSS}{page_css}{css}</style></head>
<body>
{sheets}
</body></html>
"""


def faxline(when: str, station: str, fax: str, pg: int, tot: int) -> str:
    """A fax-machine transmit header line (printed by the sending machine)."""
    return (f'<div class="txhdr">{when}&nbsp;&nbsp;&nbsp;FROM: {station}&nbsp;&nbsp;&nbsp;'
            f'{fax}&nbsp;&nbsp;&nbsp;&nbsp;P.{pg:02d}/{tot:02d}</div>')


TXHDR_CSS = """
.txhdr { font-family: 'Liberation Mono', monospace; font-size: 8pt; white-space: nowrap;
         letter-spacing: 0.5px; margin: 0 0 0.22in 0; }
"""
