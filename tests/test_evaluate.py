"""The scorer: events are paired one to one with gold events, closest names first."""

from __future__ import annotations

from kg.evaluate import RELATIONS, Score, score_relations


def _score(pred_events: set, gold_events: set) -> dict[str, Score]:
    scores = {k: Score() for k in RELATIONS}
    empty = {"posts": set(), "bylines": set(), "honours": set()}
    score_relations({**empty, "events": pred_events}, {**empty, "events": gold_events}, scores, "a1")
    return scores


def test_two_predictions_of_one_gold_event_count_once():
    gold = {("职工技能大赛", frozenset({"某区总工会"}), "")}
    pred = {("职工技能大赛", frozenset({"某区总工会"}), ""), ("技能大赛", frozenset(), "")}
    s = _score(pred, gold)
    assert (s["events"].tp, s["events"].fp, s["events"].fn) == (1, 1, 0)
    # the exact name is paired, so its organisers are the ones judged
    assert (s["event_args"].tp, s["event_args"].fp) == (1, 0)


def test_each_prediction_takes_the_closest_gold_event():
    gold = {("劳模座谈会", frozenset({"甲"}), ""), ("劳模座谈会启动仪式", frozenset({"乙"}), "")}
    pred = {("劳模座谈会启动仪式", frozenset({"乙"}), ""), ("劳模座谈会", frozenset({"甲"}), "")}
    s = _score(pred, gold)
    assert (s["events"].tp, s["events"].fp, s["events"].fn) == (2, 0, 0)
    assert (s["event_args"].tp, s["event_args"].fp) == (2, 0)


def test_a_gold_scope_leaves_out_the_kinds_not_annotated():
    scores = {k: Score() for k in RELATIONS}
    pred = {"posts": {("甲", "主席", "某工会")}, "bylines": {("reporter", "乙")}, "honours": set(),
            "events": {("座谈会", frozenset(), "")}}
    gold = {"posts": {("甲", "主席", "某工会")}, "bylines": set(), "honours": set(), "events": set()}
    score_relations(pred, gold, scores, "a1", scope=["posts"])
    assert (scores["posts"].tp, scores["posts"].fp) == (1, 0)
    # bylines and events were not annotated: what kg found there is not counted against it
    assert (scores["bylines"].fp, scores["events"].fp) == (0, 0)
