"""Short names of counties and county-level cities written alone (桐庐 for 桐庐县): taken when the dictionary knows
them as rare place names and the article names their province or city or speaks of counties, not before a
village's or street's head, in a list of things or as a verb."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江茶产业发展很快。桐庐茶农今年增收不少。", {"桐庐县"}),  # the province is named in the article
        ("桐庐是一个县，桐庐茶农今年增收不少。", {"桐庐县"}),  # the sentence speaks of a county
        ("桐庐茶农今年增收不少。", set()),  # no evidence: the short name alone may be a word
        ("浙江某地的桐庐村村民说，今年增收不少。", set()),  # a village's name
        ("吉林西部多个城市栽种杨树、榆树、柳树等抗旱品种。", set()),  # a list of trees
        ("陕西一些村庄移风易俗，进一步淳化了乡风、民风。", set()),  # a verb
    ],
)
def test_short_county_names_alone(text, expected):
    assert names(text, "District") == expected
