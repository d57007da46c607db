#!/usr/bin/env python3
"""Write one face of a TrueType Collection (.ttc) as a plain TrueType font (.ttf).

PDF renderers and Java's Font.createFont read single fonts; Debian ships WenQuanYi Micro Hei only as a
collection (regular + mono). The faces share most tables (the glyph outlines), so the face alone is
almost as large as the collection. Tables are copied unchanged and re-laid out; only the font-wide
checksum in 'head' is recomputed.

    python3 scripts/fonts/extract-ttc-face.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0 \
        app/src/main/resources/fonts/wqy-microhei.ttf
"""
import struct
import sys


def checksum(data):
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


def extract(collection, face):
    tag, _version, faces = struct.unpack_from(">4sII", collection, 0)
    if tag != b"ttcf":
        sys.exit("not a TrueType Collection")
    if not 0 <= face < faces:
        sys.exit("the collection has %d faces; face %d asked for" % (faces, face))
    start = struct.unpack_from(">I", collection, 12 + 4 * face)[0]
    sfnt_version, count, search_range, entry_selector, range_shift = struct.unpack_from(">IHHHH", collection, start)
    records = [struct.unpack_from(">4sIII", collection, start + 12 + 16 * i) for i in range(count)]
    offset = 12 + 16 * count
    directory = struct.pack(">IHHHH", sfnt_version, count, search_range, entry_selector, range_shift)
    body = b""
    head_at = None
    for table, table_sum, table_offset, length in sorted(records):
        data = collection[table_offset:table_offset + length]
        if table == b"head":
            head_at = offset + len(body)
        directory += struct.pack(">4sIII", table, table_sum, offset + len(body), length)
        body += data + b"\0" * (-length % 4)
    font = bytearray(directory + body)
    struct.pack_into(">I", font, head_at + 8, 0)  # checkSumAdjustment is computed with itself zero
    struct.pack_into(">I", font, head_at + 8, (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: extract-ttc-face.py COLLECTION.ttc FACE_INDEX OUT.ttf")
    with open(sys.argv[1], "rb") as f:
        ttc = f.read()
    with open(sys.argv[3], "wb") as f:
        f.write(extract(ttc, int(sys.argv[2])))
