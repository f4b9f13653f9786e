"""Shared helpers for the NY synthetic referral set (paths relative to this file)."""
import datetime as _dt
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT / "html"
TRUTH_DIR = ROOT / "truth"
DOCS_DIR = ROOT / "docs"
PDF_DIR = ROOT / "pdf"


def _luhn_total(s: str, double_even: bool = True) -> int:
    """Luhn sum; double_even doubles positions 0, 2, ... from the right (no check digit yet)."""
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if (i % 2 == 0) == double_even:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total


def npi(base9: str) -> str:
    """Append the NPI check digit (Luhn over '80840' + base9)."""
    assert len(base9) == 9 and base9[0] in "12" and base9.isdigit()
    return base9 + str((10 - _luhn_total("80840" + base9) % 10) % 10)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and n[0] in "12" and _luhn_total("80840" + n, False) % 10 == 0


assert npi("123456789") == "1234567893"  # CMS published example
assert npi_ok("1234567893") and not npi_ok("1234567890")


def P(num: str, style: str = "paren") -> str:
    """Format a 10-digit phone number."""
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


def D(iso: str, style: str = "us") -> str:
    d = _dt.date.fromisoformat(iso)
    mon = d.strftime("%b")
    return {
        "us": d.strftime("%m/%d/%Y"),
        "us_short": f"{d.month}/{d.day}/{d.year}",
        "us_dash": d.strftime("%m-%d-%Y"),
        "us_dot": d.strftime("%m.%d.%Y"),
        "us2": d.strftime("%m/%d/%y"),
        "long": f"{d.strftime('%B')} {d.day}, {d.year}",
        "abbr": f"{mon} {d.day}, {d.year}",
        "iso": iso,
        "mil": f"{d.day:02d} {mon.upper()} {d.year}",
        "dmy_long": f"{d.day} {d.strftime('%B')} {d.year}",
        "dmy": f"{d.day} {mon} {d.year}",
        "cerner": d.strftime("%d-%b-%Y"),
    }[style]


FULL_DATE_STYLES = ("us", "us_short", "us_dash", "us_dot", "long", "abbr", "iso", "mil",
                    "dmy_long", "dmy", "cerner")


def date_variants(iso: str):
    """Spellings of a date that carry a four-digit year (what the self-check accepts)."""
    return {D(iso, s) for s in FULL_DATE_STYLES}


def days(iso: str, n: int) -> str:
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=n)).isoformat()


# check boxes drawn with CSS (text layer keeps an 'X' for a ticked box)
X = '<span class="cb">X</span>'
O = '<span class="cb">&nbsp;</span>'
CB_CSS = (".cb { display:inline-block; width:10px; height:10px; border:1px solid #000; "
          "font:bold 8pt 'Liberation Sans',sans-serif; line-height:9px; text-align:center; "
          "vertical-align:-1px; margin-right:3px; }")

BASE_CSS = """
@page { size: letter; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; color: #000; background: #fff; }
table { border-collapse: collapse; }
.sheet { width: 8.5in; height: 11in; position: relative; overflow: hidden;
         padding: 0.55in 0.6in 0.5in 0.6in; page-break-after: always; }
.sheet:last-child { page-break-after: auto; }
.pfoot { position: absolute; left: 0.6in; right: 0.6in; bottom: 0.3in; }
.sig { font-family: 'Z003', cursive; font-size: 15pt; }
"""


def page(title: str, css: str, sheets) -> str:
    body = "\n".join(f'<div class="sheet">\n{s}\n</div>' for s in sheets)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>{BASE_CSS}{CB_CSS}{css}</style></head>
<body>
{body}
</body></html>
"""


def barcode(seed: int, n: int = 42, h: str = "0.32in") -> str:
    """A fake linear barcode made of black bars."""
    import random
    r = random.Random(seed)
    bars = []
    for _ in range(n):
        w = r.choice((1, 1, 2, 3))
        g = r.choice((1, 1, 2))
        bars.append(f'<span style="display:inline-block;width:{w}px;height:{h};background:#000;margin-right:{g}px"></span>')
    return f'<span style="display:inline-block;white-space:nowrap;line-height:0">{"".join(bars)}</span>'
