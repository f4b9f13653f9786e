"""Shared helpers for the NU01-NU10 synthetic referral generator."""
import re


def luhn_valid(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi(base9: str) -> str:
    """Return a 10-digit NPI: base9 + check digit (Luhn over '80840'+base9)."""
    assert len(base9) == 9 and base9[0] in "12"
    for c in "0123456789":
        if luhn_valid("80840" + base9 + c):
            return base9 + c
    raise ValueError


assert npi("123456789") == "1234567893"


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def fmt_phone(d: str, style: str) -> str:
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        "paren": f"({a}) {b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plain": d,
        "slash": f"{a}/{b}-{c}",
    }[style]


BASE_CSS = """
@page { size: letter; margin: 0.6in; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { color: #000; }
.page { page-break-after: always; position: relative; min-height: 9.6in; }
.page:last-child { page-break-after: auto; }
.footer { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8.5pt; }
table { border-collapse: collapse; }
"""
