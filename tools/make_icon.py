"""Draws XunCha's application icon (a clipboard with a check mark) as PNG and ICO.

    python tools/make_icon.py   # writes desktop/resources/xuncha.png and xuncha.ico
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "desktop" / "resources"
SIZE = 1024


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=(18, 110, 130))
    pen.rounded_rectangle((230, 200, 794, 880), radius=60, fill=(250, 250, 245))
    pen.rounded_rectangle((390, 140, 634, 260), radius=40, fill=(235, 160, 40))
    for top in (340, 500, 660):
        pen.rounded_rectangle((300, top, 360, top + 60), radius=12, fill=(18, 110, 130))
        pen.rounded_rectangle((400, top + 15, 720, top + 45), radius=15, fill=(170, 180, 185))
    pen.line((560, 700, 650, 800, 860, 560), fill=(220, 60, 50), width=70, joint="curve")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(OUT / "xuncha.png")
    image.save(OUT / "xuncha.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128),
                                         (256, 256)])


if __name__ == "__main__":
    main()
