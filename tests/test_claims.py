"""Claims: attributed propositions with their claimant, cue and quote."""


def test_seed_claims(seed, seed_extraction):
    claims = {(c.span.text, c.claimant_id, c.attribution, c.cue) for c in seed_extraction.claims}
    assert claims == {
        ("‘genocide’ unfolding in Gaza", "ebrahim-raisi", "mixed", "says"),
        ("the Israel-Hamas war in Gaza as a failure of US diplomacy", "vladimir-putin", "indirect", "cast"),
        ("Moscow could be a mediator in the decades-long Israeli-Palestinian conflict", "vladimir-putin",
         "indirect", "suggested"),
        ("it was important to discuss the situation in the Middle East, especially in the Palestinian territories",
         "vladimir-putin", "indirect", "said"),
        ("What is happening in Palestine and Gaza is, of course, genocide and a crime against humanity",
         "ebrahim-raisi", "direct", "responded"),
        ("It’s not just a regional issue, it’s an issue for the entire humankind", "ebrahim-raisi", "direct", "told"),
        ("it’s necessary to find a quick solution", "ebrahim-raisi", "direct", "adding"),
        ("the Gaza conflict has benefitted Russia by distracting world attention from the war in Ukraine and "
         "enabling Moscow to align itself with other developing countries in solidarity with the Palestinians",
         "analysts-000_185a73e93ce09b0f", "indirect", "said"),
        ("deporting Ukrainian children", "international-criminal-court", "indirect", "accusing"),
        ("the growing military cooperation between Moscow and Tehran", "united-states", "indirect",
         "voiced strong concern about"),
        ("Iran may be preparing to provide Russia with advanced ballistic missiles for use in the war in Ukraine",
         "united-states", "indirect", "warned"),
        ("Russia and Iran were developing their relations, “including in the field of military-technical cooperation”",
         "russia", "mixed", "said"),
    }
    for claim in seed_extraction.claims:
        assert seed.text[claim.span.start:claim.span.end] == claim.span.text
        assert (claim.quote is not None) == (claim.attribution != "indirect")


def test_according_to_and_anonymous_sources(make_source):
    _, extraction = make_source(
        "According to the United States, Iran has sent drones to Russia.\n"
        "A senior official said the shipment arrived in May.\n")
    claims = [(c.span.text, c.claimant_id, c.cue) for c in extraction.claims]
    assert claims == [("Iran has sent drones to Russia", "united-states", "according to"),
                      ("the shipment arrived in May", "senior-official-story", "said")]
    assert extraction.new_actors["senior-official-story"].kind == "person"
