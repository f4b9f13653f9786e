"""PBM (P4) page images -> light fax noise -> uncompressed bilevel TIFF pages.

Standard library only. `tiffcp -c g4` then joins and compresses the pages.
"""
import random
import re
import struct


def read_pbm(path):
    data = open(path, "rb").read()
    # header: P4 <ws> [comments] width <ws> height <single ws> raster
    pos = 0
    toks = []
    while len(toks) < 3:
        m = re.compile(rb"\s*(#[^\n]*\n\s*)*([^\s#]+)").match(data, pos)
        toks.append(m.group(2))
        pos = m.end()
    assert toks[0] == b"P4", toks
    w, h = int(toks[1]), int(toks[2])
    pos += 1  # one whitespace byte after the height
    stride = (w + 7) // 8
    raster = bytearray(data[pos:pos + stride * h])
    assert len(raster) == stride * h
    return w, h, raster


def add_noise(w, h, raster, seed, specks=220, streak=False, yscale=1.0):
    """Sprinkle small black specks (1-3 px) and optionally a thin vertical streak.

    PBM: bit 1 = black. Specks avoid nothing in particular but are tiny, so text
    stays legible. yscale < 1 for standard mode (half the vertical resolution).
    """
    rnd = random.Random(seed)
    stride = (w + 7) // 8

    def setpx(x, y):
        if 0 <= x < w and 0 <= y < h:
            raster[y * stride + x // 8] |= 0x80 >> (x % 8)

    for _ in range(specks):
        x, y = rnd.randrange(w), rnd.randrange(h)
        size = rnd.choice((1, 1, 1, 2, 2, 3))
        for dx in range(size):
            for dy in range(max(1, round(size * yscale))):
                if rnd.random() < 0.85:
                    setpx(x + dx, y + dy)
    # a few dark clusters near the edges, like dust on the scanner glass
    for _ in range(6):
        cx = rnd.choice((rnd.randrange(0, 60), rnd.randrange(w - 60, w)))
        cy = rnd.randrange(h)
        for _ in range(rnd.randrange(8, 30)):
            setpx(cx + rnd.randrange(-4, 5), cy + int(rnd.randrange(-4, 5) * yscale))
    if streak:
        x = rnd.randrange(w // 5, 4 * w // 5)
        for y in range(h):
            if rnd.random() < 0.55:
                setpx(x, y)
    return raster


def write_tiff(path, w, h, raster, xres, yres):
    """Write one uncompressed 1-bit TIFF page (WhiteIsZero, so PBM bits map 1:1)."""
    entries = []
    n_tags = 12
    ifd_off = 8
    ifd_size = 2 + n_tags * 12 + 4
    xres_off = ifd_off + ifd_size
    yres_off = xres_off + 8
    data_off = yres_off + 8
    SHORT, LONG, RATIONAL = 3, 4, 5
    tags = [
        (256, LONG, 1, w), (257, LONG, 1, h), (258, SHORT, 1, 1), (259, SHORT, 1, 1),
        (262, SHORT, 1, 0), (273, LONG, 1, data_off), (277, SHORT, 1, 1),
        (278, LONG, 1, h), (279, LONG, 1, len(raster)), (282, RATIONAL, 1, xres_off),
        (283, RATIONAL, 1, yres_off), (296, SHORT, 1, 2),
    ]
    assert len(tags) == n_tags
    out = bytearray(b"II*\x00" + struct.pack("<I", ifd_off))
    out += struct.pack("<H", n_tags)
    for tag, typ, cnt, val in tags:
        if typ == SHORT:
            out += struct.pack("<HHIHH", tag, typ, cnt, val, 0)
        else:
            out += struct.pack("<HHII", tag, typ, cnt, val)
    out += struct.pack("<I", 0)
    out += struct.pack("<II", int(xres), 1) + struct.pack("<II", int(yres), 1)
    assert len(out) == data_off
    out += raster
    open(path, "wb").write(out)
