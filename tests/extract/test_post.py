"""Posts from title chains: several organisations, several titles in one, units of a parent."""

from __future__ import annotations

import pytest

from tests.helpers import relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("怀柔区人大常委会副主任、区总工会主席王立新在启动仪式上表示。",
         {("王立新", "怀柔区人大常委会", "副主任"), ("王立新", "怀柔区总工会", "主席")}),
        ("密云区总工会党组书记、常务副主席赵怀远出席开班仪式。",
         {("赵怀远", "密云区总工会", "党组书记"), ("赵怀远", "密云区总工会", "常务副主席")}),
        ("延庆区委常委、宣传部部长马红梅出席。",
         {("马红梅", "延庆区委", "常委"), ("马红梅", "延庆区委宣传部", "部长")}),
        ("市自来水集团党委书记、董事长刘锁明代表集团党委致辞。",
         {("刘锁明", "北京市自来水集团", "党委书记"), ("刘锁明", "北京市自来水集团", "董事长")}),
        ("北京公共交通控股（集团）有限公司第二客运分公司驾驶员孙大伟说。",
         {("孙大伟", "北京公共交通控股（集团）有限公司第二客运分公司", "驾驶员")}),
        ("区人大常委会党组副书记、副主任、区总工会主席贺立新出席。延庆区委常委出席。",
         {("贺立新", "延庆区人大常委会", "党组副书记"), ("贺立新", "延庆区人大常委会", "副主任"),
          ("贺立新", "延庆区总工会", "主席")}),
    ],
)
def test_post_title_chains(text, expected):
    assert relations(text, "post", city="北京") == expected


def test_post_seat_without_body_is_no_post():
    assert relations("青年职工代表芦晓蕾表示，要向劳模学习。", "post") == set()
