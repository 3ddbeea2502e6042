"""Quotations: marks, speakers, addressees, cues, kinds."""

import pytest

from newsledger.extract.quotes import find_marks


def inner(text):
    return [text[m.open + 1:m.close] for m in find_marks(text)]


@pytest.mark.parametrize("text, expected", [
    ("He said “we will win” today.", ["we will win"]),
    ('He said "we will win" today.', ["we will win"]),
    ("Iran’s leader said ‘genocide’ was unfolding.", ["genocide"]),
    ("He said 'enough' and left.", ["enough"]),
    ("It’s Russia’s and the players’ view, it's clear.", []),
    ("“One,” she said, “two.”", ["One,", "two."]),
])
def test_quotation_marks_not_apostrophes(text, expected):
    assert inner(text) == expected


def test_quote_running_across_paragraphs():
    text = "He said: “First part.\n\n“Second part.”\n"
    assert inner(text) == ["First part.\n\n“Second part."]


def test_seed_quotes_with_speakers(seed, seed_extraction):
    quotes = [(q.span.text, q.speaker_id, q.addressee_id, q.kind, q.cue) for q in seed_extraction.quotes]
    assert quotes == [
        ("genocide", "ebrahim-raisi", "", "partial", "says"),
        ("What is happening in Palestine and Gaza is, of course, genocide and a crime against humanity.",
         "ebrahim-raisi", "", "direct", "responded"),
        ("It’s not just a regional issue, it’s an issue for the entire humankind", "ebrahim-raisi",
         "vladimir-putin", "direct", "told"),
        ("it’s necessary to find a quick solution.", "ebrahim-raisi", "vladimir-putin", "partial", "adding"),
        ("including in the field of military-technical cooperation", "russia", "", "partial", "said"),
    ]
    for quote in seed_extraction.quotes:
        assert seed.text[quote.span.start:quote.span.end] == quote.span.text
    assert [q.translated for q in seed_extraction.quotes] == [False, True, False, False, False]


def test_speaker_after_quote_and_colon_and_scare_quotes(make_source):
    _, extraction = make_source(
        "“We will not retreat,” said Vladimir Putin.\n"
        "Ebrahim Raisi told reporters: “The talks went well.”\n"
        "The so-called ‘deal’ was signed in May.\n")
    found = [(q.span.text, q.speaker_id, q.kind) for q in extraction.quotes]
    assert found == [("We will not retreat", "vladimir-putin", "direct"),
                     ("The talks went well.", "ebrahim-raisi", "direct")]


def test_a_name_and_a_colon_introduce_a_quotation(make_source):
    _, extraction = make_source(
        "22:30 Mark Ellis congratulated Ana Villegas on her victory.\n\n22:50 Villegas: \"Tonight, Colombia chose hope.\"\n")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("Tonight, Colombia chose hope.", "ana-villegas")]


def test_speakers_behind_relative_pronouns_and_words_in_the_first_person(make_source):
    _, extraction = make_source(
        "The move followed comments by Claire Dubois, who called the junta \"illegitimate\".\n"
        "Philippine Foreign Secretary Ramon Bautista thanked Tokyo for \"standing with us\".\n"
        "WHO chief scientist Dr Lena Sorensen called antimicrobial resistance a \"silent pandemic\".\n")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [
        ("illegitimate", "claire-dubois"), ("standing with us", "ramon-bautista"), ("silent pandemic", "lena-sorensen")]


def test_a_name_beside_a_word_of_the_quotation_is_the_speaker(make_source):
    _, extraction = make_source("Germany will send two air defence systems, Defence Minister Thomas Richter said.\n"
                                "'Every system we send saves lives,' Richter told reporters.\n")
    assert [q.speaker_id for q in extraction.quotes] == ["thomas-richter"]


def test_a_surname_the_model_took_for_a_common_noun_still_labels_a_quotation(make_source):
    _, extraction = make_source(
        "04:05 Interior Minister Pablo Vidal said nine people had died.\n\n"
        "06:10 Vidal: \"Our first duty is to find everyone still under the rubble.\"\n")
    assert [q.speaker_id for q in extraction.quotes] == ["pablo-vidal"]


def test_a_quotation_standing_alone_continues_the_report_before_it(make_source):
    _, extraction = make_source(
        "Prime Minister Grace Lawson apologised on Wednesday.\n"
        "In a speech to parliament, she said the government had failed them.\n"
        "\"We were too slow.\n\"We did not listen to the warnings.\"\n")
    assert [(q.speaker_id, q.span.text[:17]) for q in extraction.quotes] == [("grace-lawson", "We were too slow.")]


def test_a_titled_label_and_a_one_word_sentence_of_its_own(make_source):
    _, extraction = make_source(
        "09:20 Brazil's environment minister, Rita Campos: \"We are closer than we have ever been.\"\n"
        "\"The lake is breathing again,\" Hamid Rezaei says. \"Slowly.\"\n"
        "The plan, known as \"Green Shield\", starts in May.\n")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [
        ("We are closer than we have ever been.", "rita-campos"),
        ("The lake is breathing again", "hamid-rezaei"),
        ("Slowly.", "hamid-rezaei")]


def test_a_marked_word_modifying_a_noun_is_no_quotation_but_praise_is(make_source):
    _, extraction = make_source(
        "World court tells Venezuela not to hold 'annexation' vote\n\n"
        "South African President Thandiwe Nkosi praised the meeting as \"a good sign for the whole Global South\".\n"
        "Beijing has called the EU's earlier duties a \"protectionist\" move.\n")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [
        ("a good sign for the whole Global South", "thandiwe-nkosi"), ("protectionist", "china")]


def test_a_quotation_after_a_speech_told_without_a_verb_of_saying(make_source):
    _, extraction = make_source(
        "Mexican President Lucía Herrera defended her plan in a national address on Thursday.\n"
        "\"For too long, justice in Mexico has been for sale.\n"
        "\"On Sunday, the Senate can change that.\"\n"
        "Iran's spokesman, Gen. Reza Talaei, denied that any sites had been hit and said the defences had \"repelled all "
        "hostile objects\".\n")
    assert [(q.span.text[:20], q.speaker_id) for q in extraction.quotes] == [
        ("For too long, justic", "lucia-herrera"), ("repelled all hostile", "reza-talaei")]


def test_a_title_is_no_quotation_and_words_after_a_noun_are_someones(make_source):
    _, extraction = make_source(
        "The broadcaster aired a documentary titled \"Who Pays the Bills?\", the regulator said.\n"
        "General Mamadi Camara promised a vote \"free of any interference\".\n")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("free of any interference", "mamadi-camara")]


def test_a_word_called_by_a_body_set_beside_the_noun_it_describes(make_source):
    _, extraction = make_source(
        "The commission declared President Grace Mwakyusa the winner with 94% of the vote, a result the main "
        "opposition party, Chadema, called a \"coronation\".\n"
        "In a short speech, Camila Soto said she had called Ignacio Ríos to congratulate him.\n")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("coronation", "chadema")]
    assert [claim.span.text for claim in extraction.claims if claim.claimant_id == "camila-soto"] == [
        "she had called Ignacio Ríos to congratulate him"]


def test_what_a_group_calls_itself_is_no_quotation(make_source):
    _, extraction = make_source(
        "Thousands of young protesters, who call themselves the \"Gen Z\" movement, marched in Nairobi.\n")
    assert extraction.quotes == []


def test_a_word_of_blame_inside_an_accusation_is_a_quotation(make_source):
    _, extraction = make_source("Greece accused Turkey on Thursday of \"provocative\" behaviour in the Aegean.\n",
                                published="2026-03-25")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("provocative", "greece")]


def test_a_speaker_named_in_apposition_before_a_colon(make_source):
    _, extraction = make_source(
        "A court jailed Elena Sy on Tuesday.\n\nIn a statement after the verdict, her lawyer, Ramon Cruz, said:\n\n"
        "\"We will appeal.\"\n", published="2026-03-25")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("We will appeal.", "ramon-cruz")]


def test_a_quote_in_a_clause_joined_to_a_reported_one_is_the_reporters(make_source):
    _, extraction = make_source(
        "Lithuania's foreign minister, Darius Vaitkus, said Vilnius welcomed their release but \"many hundreds "
        "remain behind bars\".\n", published="2026-11-27")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("many hundreds remain behind bars", "darius-vaitkus")]


def test_a_body_named_as_an_adjective_owns_its_mission(make_source):
    _, extraction = make_source(
        "Observers from the Organization for Security and Co-operation in Europe (OSCE) said on Sunday that "
        "Georgia's elections had been marred by pressure.\n\nThe OSCE mission said the vote was \"technically well "
        "administered\".\n", published="2026-11-23")
    assert [q.speaker_id for q in extraction.quotes] == ["organization-for-security-and-co-operation-in-europe"]


def test_a_headline_quotes_only_what_the_body_quotes(make_source):
    _, extraction = make_source(
        "UN envoy tells Security Council Haiti 'cannot wait' as Raisi says 'genocide' unfolds\n\n"
        "The envoy said gangs controlled the capital. \"It is genocide,\" Raisi said.\n", published="2026-11-13")
    assert [q.span.text for q in extraction.quotes] == ["genocide", "It is genocide"]


def test_a_legal_designation_and_a_laws_name_are_no_ones_words_but_blame_is(make_source):
    _, extraction = make_source(
        "Kyrgyzstan's Supreme Court on Tuesday declared the human rights group Kylym Shamy \"extremist\" and banned "
        "its activities. The ruling follows a law on \"false information\" adopted in 2025. Prime Minister Irakli "
        "Kobakhidze blamed \"foreign-funded radicals\" for the unrest.\n", published="2026-11-18")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("foreign-funded radicals", "irakli-kobakhidze")]


def test_words_said_for_a_reported_welcome_and_a_claim_called_a_fairy_tale_and_a_process_named(make_source):
    _, extraction = make_source(
        "The Mekong River Commission, whose \"prior consultation\" process Laos launched in June, said it would "
        "publish its review. Cambodian fisheries official Sok Dara called that claim \"a fairy tale\" and said more. "
        "Iran's foreign ministry spokesman, Hossein Rahimi, said on Friday that Tehran welcomed \"any step towards "
        "better relations with our neighbours.\"\n", published="2026-11-28")
    assert {(q.span.text, q.speaker_id) for q in extraction.quotes} == {
        ("a fairy tale", "sok-dara"), ("any step towards better relations with our neighbours.", "hossein-rahimi")}


def test_a_speaker_named_between_commas_before_a_verb_the_model_left_without_subject(make_source):
    _, extraction = make_source(
        "South Africa and Eswatini traded accusations on Wednesday.\n\n\"The fence is on our land in at least three "
        "places,\" Eswatini's foreign minister, Pholile Dlamini, told reporters in Mbabane.\n", published="2026-11-26")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [
        ("The fence is on our land in at least three places", "pholile-dlamini")]


def test_a_designation_in_a_clause_with_no_verb_is_no_ones_words(make_source):
    _, extraction = make_source(
        "MANAGUA — Nicaragua's congress on Tuesday stripped 94 exiled government critics of their citizenship, "
        "declaring them \"traitors to the homeland,\" in a vote the opposition called a \"legal lynching.\"\n",
        published="2026-11-26")
    assert [q.span.text for q in extraction.quotes] == ["legal lynching."]


def test_a_charge_joined_to_a_charge_named_as_one_is_no_ones_words(make_source):
    _, extraction = make_source(
        "ISTANBUL — The journalist was held on charges of \"espionage\" and \"insulting the president,\" his lawyer "
        "said.\n", published="2026-11-24")
    assert extraction.quotes == []


def test_words_a_minister_defends_a_law_as_are_his(make_source):
    _, extraction = make_source(
        "BELGRADE — Serbia's parliament passed a media law on Tuesday. Serbia's culture minister, Dragan Petković, "
        "defended the law as \"European best practice\".\n", published="2026-11-04")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [("European best practice", "dragan-petkovic")]


def test_a_clause_ending_in_a_colon_introduces_its_subject_and_a_label_given_by_no_one_is_no_quote(make_source):
    _, extraction = make_source(
        "Seoul protests textbooks\n\nSEOUL — South Korea summoned Japan's deputy ambassador on Friday to protest "
        "against new Japanese school textbooks that describe the Dokdo islets as Japanese territory.\n\nThe foreign "
        "ministry's spokesman, Lee Jae-hoon, read a statement: \"Dokdo is clearly our territory.\"\n\nBoth outlets "
        "were labelled \"foreign agents\" under a 2024 law.\n\n08:00 Disaster Management Minister Farid Uddin: \"We "
        "evacuated 1.2 million people.\"\n", published="2026-08-10")
    assert [(q.span.text, q.speaker_id) for q in extraction.quotes] == [
        ("Dokdo is clearly our territory.", "lee-jae-hoon"), ("We evacuated 1.2 million people.", "farid-uddin")]
    assert extraction.new_actors["farid-uddin"].kind == "person"
    protests = [e.participant_key() for e in extraction.events if e.event_type == "ACCUSE"]
    assert protests and all(("japan", "actor") not in key for key in protests)


def test_a_colon_introduces_the_words_of_a_clause_the_model_hung_on_them(make_source):
    _, extraction = make_source(
        "Observers\n\nWARSAW — The election monitoring arm of the Organization for Security and Co-operation in Europe "
        "(OSCE) said on Tuesday it would not send observers to Azerbaijan's election.\n\nThe OSCE's director of "
        "elections, Matteo Lindqvist, put it plainly: \"A mission of twelve people cannot observe an election in a "
        "country of ten million.\"\n", published="2026-06-10")
    assert [q.speaker_id for q in extraction.quotes] == ["matteo-lindqvist"]
    claims = {(c.claimant_id, c.span.text) for c in extraction.claims}
    # the arm of a body speaks for it, and the day of saying is not what it said
    assert ("organization-for-security-and-co-operation-in-europe",
            "it would not send observers to Azerbaijan's election") in claims


def test_a_live_blog_label_speaks_for_its_name_not_the_place_it_is_visiting(make_source):
    _, extraction = make_source(
        "Live: Floods\n\n10:10 Prime Minister Luca Ferri, visiting Parma: \"The state will not leave anyone behind.\"\n",
        published="2026-08-05")
    assert [q.speaker_id for q in extraction.quotes] == ["luca-ferri"]


def test_a_colon_after_a_clause_the_model_hung_on_the_quoted_verb(make_source):
    _, extraction = make_source(
        "Crossing\n\nBANGKOK — Thailand reopened the crossing on Tuesday.\n\nThai Prime Minister Somchai Wongsa, "
        "speaking at the crossing, had a message for traders: \"The gates are open, and they will stay open.\"\n",
        published="2026-10-07")
    assert [q.speaker_id for q in extraction.quotes] == ["somchai-wongsa"]


def test_a_clause_before_a_colon_is_no_label_and_its_subject_speaks(make_source):
    _, extraction = make_source(
        "Plane\n\nBAKU — Russia has agreed to pay compensation to the families of those killed when an Azerbaijan "
        "Airlines plane crashed, President Ilham Aliyev said on Monday.\n\nAliyev was blunt about the year it "
        "took: \"We did not ask for favours.\"\n", published="2026-11-10")
    assert [q.speaker_id for q in extraction.quotes] == ["ilham-aliyev"]
