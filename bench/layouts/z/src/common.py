"""Shared helpers for the PA (set Z) synthetic referral generator.

Standard library only. Paths are relative to this file's parent directory.
"""
import datetime as _dt
import html as _html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT / "html"
TRUTH_DIR = ROOT / "truth"
DOCS_DIR = ROOT / "docs"
BUILD_DIR = ROOT / "build"


# ------------------------------------------------------------------ NPI
def npi(base9: str) -> str:
    """Append the Luhn check digit computed over '80840' + base9."""
    assert len(base9) == 9 and base9[0] in "12", base9
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
    """Full Luhn check of 80840 + the 10 digits."""
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


# ------------------------------------------------------------------ phones
def P(num: str, style: str = "paren") -> str:
    """Format a 10-digit phone number in one of several printed styles."""
    a, b, c = num[:3], num[3:6], num[6:]
    return '<span class="nw">' + {
        "paren": f"({a}) {b}-{c}",
        "paren_nosp": f"({a}){b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "slash": f"{a}/{b}-{c}",
        "space": f"{a} {b} {c}",
        "plus1": f"+1 {a}-{b}-{c}",
        "one": f"1-{a}-{b}-{c}",
        "plain": num,
    }[style] + "</span>"


# ------------------------------------------------------------------ dates
def D(iso: str, style: str = "us") -> str:
    d = _dt.date.fromisoformat(iso)
    mon = d.strftime("%b")
    return {
        "us": d.strftime("%m/%d/%Y"),              # 10/03/2026
        "us_short": f"{d.month}/{d.day}/{d.year}",  # 10/3/2026
        "mdyy": f"{d.month}/{d.day}/{d.year % 100:02d}",  # 10/3/26
        "mmddyy": d.strftime("%m/%d/%y"),          # 10/03/26
        "us_dash": d.strftime("%m-%d-%Y"),         # 10-03-2026
        "mmddyy_dash": d.strftime("%m-%d-%y"),     # 10-03-26
        "long": f"{d.strftime('%B')} {d.day}, {d.year}",  # October 3, 2026
        "abbr": f"{mon} {d.day}, {d.year}",        # Oct 3, 2026
        "abbr_dot": f"{mon}{'' if mon == 'May' else '.'} {d.day}, {d.year}",  # Oct. 3, 2026
        "iso": iso,                                # 2026-10-03
        "cerner": d.strftime("%d-%b-%Y"),          # 03-Oct-2026
        "cerner_uc": d.strftime("%d-%b-%Y").upper(),  # 03-OCT-2026
        "dmy": d.strftime("%d %b %Y"),             # 03 Oct 2026
        "dmy_short": f"{d.day} {mon} {d.year}",    # 3 Oct 2026
        "dmy_long": f"{d.day} {d.strftime('%B')} {d.year}",  # 3 October 2026
    }[style]


DATE_STYLES = ("us", "us_short", "mdyy", "mmddyy", "us_dash", "mmddyy_dash", "long", "abbr", "abbr_dot",
               "iso", "cerner", "cerner_uc", "dmy", "dmy_short", "dmy_long")


def date_variants(iso: str):
    return {D(iso, s).lower() for s in DATE_STYLES}


# ------------------------------------------------------------------ html bits
def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def box(checked: bool, cls: str = "cb", mark: str = "X") -> str:
    """A printed checkbox; a checked one carries a bold X (or another mark)."""
    return f'<span class="{cls}">{mark if checked else "&nbsp;"}</span>'


BASE_CSS = """
@page { size: letter; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; color: #000; background: #fff; }
table { border-collapse: collapse; }
.sheet { width: 8.5in; height: 11in; position: relative; overflow: hidden;
         page-break-after: always; break-after: page; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
.inner { position: absolute; left: 0.65in; right: 0.65in; top: 0.55in; bottom: 0.5in; }
.nw { white-space: nowrap; }
.pfoot { position: absolute; left: 0; right: 0; bottom: 0; }
.cb { display:inline-block; width: 0.15in; height: 0.15in; border: 1.3px solid #000;
      text-align:center; font: bold 9pt/0.13in 'Liberation Sans', Arial, sans-serif;
      vertical-align: -2px; margin-right: 3px; }
"""


# ------------------------------------------------------------------ form-filling bits (set Z)
def comb(s: str, n: int = 0, cls: str = "comb") -> str:
    """A comb field: one character per printed box; n boxes in all (blank boxes after the value)."""
    s = s.ljust(n) if n else s
    return f'<span class="{cls}">' + "".join(f"<i>{esc(c) if c != ' ' else '&nbsp;'}</i>" for c in s) + "</span>"


def comb_date(iso: str, sep: str = "gap", cls: str = "comb") -> str:
    """A date typed into MM|DD|YYYY boxes; sep: 'gap' (space between groups), 'slash' (printed /) or 'bar'."""
    d = _dt.date.fromisoformat(iso)
    join = {"gap": '<b class="cg"></b>', "slash": '<b class="cs">/</b>', "bar": ""}[sep]
    return (f'<span class="cdate">{comb(f"{d.month:02d}", cls=cls)}{join}{comb(f"{d.day:02d}", cls=cls)}'
            f'{join}{comb(str(d.year), cls=cls)}</span>')


def comb_phone(num: str, cls: str = "comb") -> str:
    """A phone number in digit boxes: (AAA) EEE-NNNN with the punctuation printed on the form."""
    return (f'<span class="cdate"><b class="cs">(</b>{comb(num[:3], cls=cls)}<b class="cs">)</b>'
            f'{comb(num[3:6], cls=cls)}<b class="cs">-</b>{comb(num[6:], cls=cls)}</span>')


COMB_CSS = """
.comb { display:inline-flex; vertical-align:middle; }
.comb i { font-style:normal; display:inline-block; width:0.19in; height:0.23in; border:1px solid #000;
          border-left-width:0; text-align:center; line-height:0.22in; }
.comb i:first-child { border-left-width:1px; }
.tick i { border-top:none; height:0.19in; line-height:0.2in; }
.cdate { display:inline-flex; align-items:center; white-space:nowrap; vertical-align:middle; }
.cdate .cg { display:inline-block; width:0.07in; }
.cdate .cs { font-weight:normal; padding:0 2px; }
"""


def page(title: str, css: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>{BASE_CSS}{COMB_CSS}{css}</style></head>
<body>
{body}
</body></html>
"""
