"""Per-language core data shared by several rule families (``rules/core/<lang>.yaml``).

Greetings, sign-offs, titles, function words and the verbs that introduce a
quote of the customer are needed by normalisation, language detection, the
canned, tone and context rules alike; they live in one pack per language so
adding a language means adding one file, as in ``spacy/lang/<lang>/``.
"""

from __future__ import annotations

from pydantic import Field

from .packs import PackModel, pack_schema


@pack_schema("core")
class CorePack(PackModel):
    stopwords: list[str] = Field(default_factory=list, description="Frequent function words, used by the fast language detector.")
    model_left_out: list[str] = Field(
        default_factory=list,
        description="Words that, like the stop words, are no features of the learned models on their own (they stay "
                    "in word pairs): counts and times ('مرة', 'three', 'keer'), which any reply has and a few "
                    "rude training replies had more of ('كم مرة', how many times).")
    greetings: list[str] = Field(default_factory=list, description="Greetings that may stand without a name (`hi`, `hoi`, `مرحبا`).")
    greetings_with_name: list[str] = Field(
        default_factory=list,
        description="Greetings that need a name (`dear`, `beste`, `عزيزي`): `Dear ,` is template residue.")
    ambiguous_greetings: list[str] = Field(
        default_factory=list,
        description="Greetings (also listed under `greetings`) that are other words too (Arabic `هلا`, MSA 'would "
                    "you'): the word after one is a name only when a comma, `!` or the end of the line follows it.")
    titles: list[str] = Field(default_factory=list, description="Titles and honorifics before a name (`mr`, `mevrouw`, `السيد`).")
    signoffs: list[str] = Field(default_factory=list, description="Closing formulas.")
    quote_verbs: list[str] = Field(
        default_factory=list, description="Phrases that introduce the customer's own words (`you wrote`, `u schreef`, "
                                          "`قلت`): the quoted text is excluded from tone and toxicity checks.")
    quote_verbs_after: list[str] = Field(
        default_factory=list, description="Verbs right after a quotation that attribute it to someone, for languages "
                                          "that put the verb last (`noemde` in 'dat de bezorger u 'een sukkel' "
                                          "noemde'): the quoted text is excluded from tone and toxicity checks.")
    vocative_leaders: list[str] = Field(
        default_factory=list, description="Words a sentence may open with right before the name of the person "
                                          "addressed, without a comma (`Thanks Sarah,`, `Sorry Tom!`, `Bedankt Eva!`): "
                                          "the name is checked against the customer's.")
    vocative_particles: list[str] = Field(
        default_factory=list, description="Particles that address someone anywhere in a sentence (Arabic `يا`): "
                                          "the word after one, before a comma or the end of the sentence, is the "
                                          "name of the person addressed ('تمام يا محمد، ...').")
    third_parties: list[str] = Field(
        default_factory=list, description="Words for people other than the customer (`manager`, `collega`, "
                                          "`technician`): a name set off by commas right after one ('my manager, "
                                          "Daniel, approved it') is not the person addressed.")
    relative_pronouns: list[str] = Field(
        default_factory=list, description="Relative pronouns that open a clause about a person (`who`, `die`, "
                                          "`اللي`): a name set off by commas after such a clause ('the rider who "
                                          "reported it, Sam, says ...') is that person, not the one addressed.")
    generic_addressees: list[str] = Field(
        default_factory=list, description="Words that address nobody in particular (`customer`, `klant`, `العميل`).")
