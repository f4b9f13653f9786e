"""Shared helpers for the set-G (NW01-NW10) synthetic referral generator.

Python 3 standard library only. Paths are relative to this file's parent folder.
"""
import datetime as _dt
import html as _html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT / "html"
TRUTH_DIR = ROOT / "truth"
DOCS_DIR = ROOT / "docs"
WORK_DIR = ROOT / "pdf"          # intermediate PDFs and page bitmaps


# ------------------------------------------------------------------ NPI
def npi(base9: str) -> str:
    """Append the Luhn check digit computed over '80840' + base9."""
    assert len(base9) == 9 and base9[0] in "12" and base9.isdigit()
    total = 0
    for i, ch in enumerate(reversed("80840" + base9)):
        n = int(ch)
        if i % 2 == 0:          # rightmost digit of the payload is doubled
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    if len(n) != 10 or not n.isdigit() or n[0] not in "12":
        return False
    total = 0
    for i, ch in enumerate(reversed("80840" + n)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


assert npi("123456789") == "1234567893"  # CMS published example
assert npi_ok("1234567893") and not npi_ok("1234567890")


# ------------------------------------------------------------------ phones
def P(num: str, style: str = "paren") -> str:
    """Format a 10-digit phone number in one of several printed styles."""
    a, b, c = num[:3], num[3:6], num[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "paren_nosp": f"({a}){b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}-{c}",
        "space": f"{a} {b} {c}",
        "intl": f"+1 ({a}) {b}-{c}",
        "intl_sp": f"+1 {a} {b} {c}",
        "one_dash": f"1-{a}-{b}-{c}",
        "plain": num,
    }[style]


# ------------------------------------------------------------------ dates
def D(iso: str, style: str = "us") -> str:
    d = _dt.date.fromisoformat(iso)
    return {
        "us": d.strftime("%m/%d/%Y"),                       # 10/03/2026
        "us_short": f"{d.month}/{d.day}/{d.year}",           # 10/3/2026
        "us_yy": d.strftime("%m/%d/%y"),                     # 10/03/26
        "us_short_yy": f"{d.month}/{d.day}/{d.strftime('%y')}",  # 10/3/26
        "us_dash": d.strftime("%m-%d-%Y"),                   # 10-03-2026
        "dmy_upper": d.strftime("%d-%b-%Y").upper(),         # 03-OCT-2026
        "long": f"{d.strftime('%B')} {d.day}, {d.year}",     # October 3, 2026
        "abbr": f"{d.strftime('%b')} {d.day}, {d.year}",     # Oct 3, 2026
        "iso": iso,                                          # 2026-10-03
        "dmy": f"{d.day} {d.strftime('%b')} {d.year}",       # 3 Oct 2026
        "wd_abbr": f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year}",  # Sat, Oct 3, 2026
    }[style]


DATE_STYLES = ("us", "us_short", "us_yy", "us_short_yy", "us_dash", "dmy_upper",
               "long", "abbr", "iso", "dmy")


def date_variants(iso: str):
    return {D(iso, s) for s in DATE_STYLES}


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


# ------------------------------------------------------------------ page frame
BASE_CSS = """
@page { size: letter; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; color: #000; background: #fff; }
table { border-collapse: collapse; }
.sheet { width: 8.5in; height: 10.96in; padding: 0.42in 0.55in 0.4in 0.55in;
         position: relative; overflow: hidden; page-break-after: always; }
.sheet:last-child { page-break-after: auto; }
.faxhdr { position: absolute; top: 0.12in; left: 0.3in; right: 0.3in;
          font-family: 'Nimbus Mono PS', 'Liberation Mono', monospace; font-size: 8pt;
          display: flex; justify-content: space-between; white-space: pre; }
.cb { font-family: 'DejaVu Sans', sans-serif; }
"""


def sheet(content: str, faxhdr: str = "", cls: str = "", style: str = "") -> str:
    """One letter-size page. faxhdr: optional sending-machine header line (text, '|' splits left/right)."""
    hdr = ""
    if faxhdr:
        parts = faxhdr.split("|")
        hdr = '<div class="faxhdr">' + "".join(f"<span>{p}</span>" for p in parts) + "</div>"
    return f'<div class="sheet {cls}" style="{style}">{hdr}\n{content}\n</div>\n'


def page(title: str, css: str, sheets) -> str:
    body = "".join(sheets)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>{BASE_CSS}{css}</style></head>
<body>
{body}</body></html>
"""


BOX_ON = '<span class="cb">&#9746;</span>'    # checked box
BOX_OFF = '<span class="cb">&#9744;</span>'   # empty box


def box(on: bool) -> str:
    return BOX_ON if on else BOX_OFF
