"""Fax-machine look for rendered pages (standard library only).

- fax_header_html(): an HTML document with one transmit-header line at the top of each page
  (date/time, sender name, sender fax number, page x/y), rendered separately and ORed onto the page;
- read_pbm()/or_into()/specks(): merge bitmaps and add a few random specks;
- skew(): rotate the 1-bit page by a small angle (nearest neighbour, as two shears on whole rows/column bands);
- dropouts(): blank a few scan lines across the page (lost lines in transmission);
- write_tiff(): an uncompressed 1-bit TIFF with resolution tags (tiffcp -c g4 then compresses it).
"""
import math
import random
import struct


def _fmt_phone(n, style):
    return {"plain": n, "space": f"{n[:3]} {n[3:6]} {n[6:]}", "paren": f"({n[:3]}){n[3:6]}-{n[6:]}",
            "plus": f"+1{n}", "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}"}[style]


def header_segments(fax, pg, npages):
    w, name, num, to, fmt = fax["when"], fax["name"], fax["number"], fax["to"], fax["fmt"]
    if fmt == "a":
        return [w, name, _fmt_phone(num, "plain"), f"P.{pg:03d}/{npages:03d}"]
    if fmt == "b":
        return [f"{w} FROM-{name}", f"+{num}", f"T-{412 + pg} P.{pg:03d}/{npages:03d} F-{390 + npages}"]
    if fmt == "c":
        return [w, name, _fmt_phone(num, "paren"), f"&gt;&gt; {to}", f"PAGE {pg} OF {npages}"]
    if fmt == "d":
        return [w, f"FAX: {_fmt_phone(num, 'space')}", name, f"PAGE {pg:02d}/{npages:02d}"]
    if fmt == "e":
        return [w, name, f"1{num} -&gt; {to}", f"p.{pg}/{npages}"]
    if fmt == "f":
        return [f"{name}", f"FAX NO. : {_fmt_phone(num, 'dash')}", w, f"P{pg}"+f" OF {npages}"]
    if fmt == "g":
        return [f"From: {name}", f"Fax: {_fmt_phone(num, 'paren')}", f"To: {to}", w, f"Page {pg} of {npages}"]
    if fmt == "h":
        return [f"{w}", f"{_fmt_phone(num, 'dash')}", f"{name}", f"#{4800 + npages * 7} P.{pg:02d}/{npages:02d}"]
    raise ValueError(fmt)


def fax_header_html(fax, npages):
    pages = []
    for pg in range(1, npages + 1):
        segs = "".join(f"<span>{s}</span>" for s in header_segments(fax, pg, npages))
        pages.append(f'<div class="pg"><div class="hl">{segs}</div></div>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin: 0; }}
html, body {{ margin:0; padding:0; }}
.pg {{ width:8.5in; height:11in; position:relative; page-break-after:always; }}
.pg:last-child {{ page-break-after:auto; }}
.hl {{ position:absolute; top:0.1in; left:0.3in; right:0.3in; display:flex; justify-content:space-between;
       font: bold 9pt 'Nimbus Mono PS', 'Liberation Mono', monospace; color:#000; letter-spacing:0.3px; }}
</style></head><body>{''.join(pages)}</body></html>"""


# ------------------------------------------------------------------ PBM (P4) bitmaps
def read_pbm(path):
    data = open(path, "rb").read()
    tokens, i = [], 0
    while len(tokens) < 3:
        while data[i:i + 1].isspace():
            i += 1
        if data[i:i + 1] == b"#":
            while data[i:i + 1] not in (b"\n", b"\r"):
                i += 1
            continue
        j = i
        while not data[j:j + 1].isspace():
            j += 1
        tokens.append(data[i:j])
        i = j
    i += 1  # single whitespace after the height
    assert tokens[0] == b"P4", tokens[0]
    w, h = int(tokens[1]), int(tokens[2])
    rowbytes = (w + 7) // 8
    bits = bytearray(data[i:i + rowbytes * h])
    assert len(bits) == rowbytes * h
    return w, h, bits


def or_into(dst, src):
    """dst, src: (w, h, bits) of the same size; black (1) of src is added to dst."""
    assert dst[0] == src[0] and dst[1] == src[1], (dst[:2], src[:2])
    a, b = dst[2], src[2]
    for k in range(len(a)):
        if b[k]:
            a[k] |= b[k]


def _set(img, x, y):
    w, h, bits = img
    if 0 <= x < w and 0 <= y < h:
        bits[y * ((w + 7) // 8) + (x >> 3)] |= 0x80 >> (x & 7)


def specks(img, rng, yscale):
    """A few isolated specks (1-3 px) over the page, a few more near the edges."""
    w, h, _ = img
    n = rng.randint(18, 40)
    for _ in range(n):
        x, y = rng.randrange(w), rng.randrange(h)
        sw = rng.choice((1, 1, 2, 2, 3))
        sh = max(1, round(rng.choice((1, 2, 2, 3)) * yscale))
        for dx in range(sw):
            for dy in range(sh):
                if rng.random() < 0.85:
                    _set(img, x + dx, y + dy)
    for _ in range(rng.randint(6, 14)):  # edge dirt
        x = rng.choice((rng.randrange(0, 40), rng.randrange(w - 40, w)))
        y = rng.randrange(h)
        for dy in range(max(1, round(rng.randint(1, 6) * yscale))):
            _set(img, x, y + dy)
            if rng.random() < 0.5:
                _set(img, x + 1, y + dy)


# ------------------------------------------------------------------ TIFF writer
def write_tiff(path, img, xres, yres):
    """Uncompressed bilevel TIFF, WhiteIsZero (PBM bit 1 = black), one strip."""
    w, h, bits = img
    entries = []  # (tag, type, count, value_or_offset_placeholder)
    n_entries = 12
    ifd_off = 8
    ifd_size = 2 + n_entries * 12 + 4
    xres_off = ifd_off + ifd_size
    yres_off = xres_off + 8
    data_off = yres_off + 8
    SHORT, LONG, RATIONAL = 3, 4, 5
    entries = [
        (256, LONG, 1, w), (257, LONG, 1, h), (258, SHORT, 1, 1), (259, SHORT, 1, 1),
        (262, SHORT, 1, 0), (273, LONG, 1, data_off), (277, SHORT, 1, 1), (278, LONG, 1, h),
        (279, LONG, 1, len(bits)), (282, RATIONAL, 1, xres_off), (283, RATIONAL, 1, yres_off),
        (296, SHORT, 1, 2),
    ]
    assert len(entries) == n_entries
    out = bytearray(b"II*\x00" + struct.pack("<I", ifd_off))
    out += struct.pack("<H", n_entries)
    for tag, typ, cnt, val in entries:
        if typ == SHORT:
            out += struct.pack("<HHIHH", tag, typ, cnt, val, 0)
        else:
            out += struct.pack("<HHII", tag, typ, cnt, val)
    out += struct.pack("<I", 0)
    out += struct.pack("<II", int(xres), 1) + struct.pack("<II", int(yres), 1)
    assert len(out) == data_off
    out += bits
    with open(path, "wb") as fh:
        fh.write(out)


def page_rng(doc_id, pg):
    return random.Random(f"{doc_id}-{pg}-faxnoise")


# ------------------------------------------------------------------ skew and dropouts
def skew(img, degrees, xres, yres):
    """Rotate the bitmap about its centre by `degrees` (physical angle; positive = clockwise on the page).

    Nearest-neighbour, done as a horizontal shear of whole rows (integer bit shifts) followed by a vertical
    shear of column bands (each band takes its pixels from a row offset by a constant number of lines).
    For angles of a few degrees this is the rotation up to a scale error below 0.1 %.
    """
    w, h, bits = img
    rb = (w + 7) // 8
    W = rb * 8
    keep = ((1 << w) - 1) << (W - w)
    th = math.radians(degrees)
    t, s = math.tan(th), math.sin(th)
    cx, cy = w / 2, h / 2
    rows = []
    for y in range(h):
        r = int.from_bytes(bits[y * rb:(y + 1) * rb], "big")
        dx = round(-(y - cy) / yres * t * xres)  # >0: move right
        if dx > 0:
            r >>= dx
        elif dx < 0:
            r = (r << -dx) & keep
        rows.append(r & keep)
    bands = []  # (dy, mask) over runs of columns with the same vertical offset
    start, cur = 0, None
    for x in range(w + 1):
        dy = round((x - cx) / xres * s * yres) if x < w else None
        if dy != cur:
            if cur is not None:
                n = x - start
                bands.append((cur, ((1 << n) - 1) << (W - x)))
            start, cur = x, dy
    out = bytearray(len(bits))
    for y in range(h):
        acc = 0
        for dy, m in bands:
            yy = y - dy
            if 0 <= yy < h:
                acc |= rows[yy] & m
        out[y * rb:(y + 1) * rb] = acc.to_bytes(rb, "big")
    bits[:] = out


def dropouts(img, rng, n, yscale):
    """Blank n scan-line dropouts (1-2 lines each at fine resolution, 1 at standard) across the full width."""
    w, h, bits = img
    rb = (w + 7) // 8
    done = []
    for _ in range(n):
        y = rng.randrange(int(h * 0.12), int(h * 0.9))
        k = 1 if yscale < 1 else rng.choice((1, 2))
        for yy in range(y, min(h, y + k)):
            bits[yy * rb:(yy + 1) * rb] = bytes(rb)
        done.append(y)
    return done
