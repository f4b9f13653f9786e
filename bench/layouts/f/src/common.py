"""Shared helpers for the NV synthetic referral generator (paths relative to this file)."""
import datetime as _dt
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT / "html"
TRUTH_DIR = ROOT / "truth"
DOCS_DIR = ROOT / "docs"
PDF_DIR = ROOT / "pdf"


def npi(base9: str) -> str:
    """Append the Luhn check digit computed over '80840' + base9."""
    assert len(base9) == 9 and base9[0] in "12"
    s = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n[0] in "12" and npi(n[:9]) == n


assert npi("123456789") == "1234567893"  # CMS published example


def P(num: str, style: str = "paren") -> str:
    """Format a 10-digit phone number."""
    a, b, c = num[:3], num[3:6], num[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "paren_nosp": f"({a}){b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}-{c}",
        "plain": num,
    }[style]


def D(iso: str, style: str = "us") -> str:
    d = _dt.date.fromisoformat(iso)
    return {
        "us": d.strftime("%m/%d/%Y"),
        "us_short": f"{d.month}/{d.day}/{d.year}",
        "us_dash": d.strftime("%m-%d-%Y"),
        "cerner": d.strftime("%d-%b-%Y"),
        "long": f"{d.strftime('%B')} {d.day}, {d.year}",
        "abbr": f"{d.strftime('%b')} {d.day}, {d.year}",
        "iso": iso,
        "dmy": d.strftime("%d %b %Y"),
    }[style]


def date_variants(iso: str):
    return {D(iso, s) for s in ("us", "us_short", "us_dash", "cerner", "long", "abbr", "iso", "dmy")}


BASE_CSS = """
@page { size: letter; margin: 0.6in; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; }
table { border-collapse: collapse; }
.pb { page-break-before: always; }
.sheet { height: 9.7in; position: relative; overflow: hidden; }
.sheet + .sheet { page-break-before: always; }
.sheet .pfoot { position: absolute; bottom: 0; left: 0; right: 0; }
"""


def page(title: str, css: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>{BASE_CSS}{css}</style></head>
<body>
{body}
</body></html>
"""
