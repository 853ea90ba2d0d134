package org.agendaledger.app.story;

import java.util.List;

/** The words of the annotated provisional agenda CTOC/COP/WG.4/2020/1 (4 June 2020), as issued. */
final class SeedText {

    static final String ITEM_2_TITLE = "Guidance on the issue of appropriate criminal justice responses to victims who have been "
            + "compelled to commit offences as a result of their being trafficked";
    static final String ITEM_3_TITLE = "Best practices in joint investigations and specialized prosecutions";
    static final String DOCUMENT_2 = "Background paper prepared by the Secretariat on guidance on the issue of appropriate "
            + "criminal justice responses to victims who have been compelled to commit offences as a "
            + "result of their being trafficked";
    static final String DOCUMENT_3 = "Background paper prepared by the Secretariat on best practices in joint investigations and "
            + "specialized prosecutions";

    static final List<String> OPENING = List.of(
            "The tenth meeting of the Working Group on Trafficking in Persons will be opened on "
                    + "Thursday, 10 September 2020, at 10 a.m.");

    static final List<String> ADOPTION_OF_AGENDA = List.of(
            "In its resolution 7/1, entitled \"Strengthening the implementation of the United Nations "
                    + "Convention against Transnational Organized Crime and the Protocols thereto\", the "
                    + "Conference of the Parties to the United Nations Convention against Transnational Organized "
                    + "Crime decided, inter alia, that the Working Group on Trafficking in Persons would be a "
                    + "constant element of the Conference, forwarding its reports and recommendations to the "
                    + "Conference, and encouraged the Working Group to consider meeting on an annual basis, as "
                    + "needed, and to hold its meetings consecutively with other working groups of the "
                    + "Conference, in order to ensure the effective use of resources.",
            "On 30 August 2019, the extended Bureau of the Conference of the Parties agreed, using the "
                    + "silence procedure, on the meeting plan for 2020, pursuant to which the tenth meeting of "
                    + "the Working Group on Trafficking in Persons is scheduled to be held in Vienna on 10 and 11 "
                    + "September 2020. Moreover, on 1 May 2020, the extended "
                    + "Bureau agreed, using the silence procedure, on the substantive topics of the Working Group "
                    + "for that meeting.",
            "The proposed organization of work (see annex) was prepared in accordance with Conference "
                    + "resolution 7/1 in order to enable the Working Group to perform its mandated functions "
                    + "within the time frame and according to the conference services available to it. The "
                    + "resources available to the Working Group will permit the holding of four plenary meetings "
                    + "over two days, with interpretation into the six official languages of the United Nations.");

    static final List<String> NON_PUNISHMENT = List.of(
            "Under agenda item 2, the Working Group may wish to discuss the ways in which the "
                    + "non-punishment principle can be implemented in national criminal justice systems to ensure "
                    + "just outcomes for victims of trafficking who have been compelled to commit offences as a "
                    + "result of their being trafficked. This discussion could be informed by an examination of "
                    + "the evolution of the principle at the international level and the ways in which the "
                    + "principle has already been implemented in national justice systems.",
            "The Working Group may also wish to examine how the non-punishment principle may be "
                    + "implemented through laws and policies at each stage of the criminal justice system, from "
                    + "sentencing to post-conviction, bearing in mind the differences in national legal systems.",
            "The Working Group may further wish to discuss some of the key issues associated with "
                    + "non-punishment, including victim identification, the precise parameters of such key "
                    + "concepts as \"compelled to commit offences\" or \"crimes committed as a consequence\" and the "
                    + "scope of the principle.",
            "For its consideration of agenda item 2, the Working Group will have before it a background "
                    + "paper prepared by the Secretariat.");

    static final List<String> JOINT_INVESTIGATIONS = List.of(
            "While the topics of joint investigations and specialized prosecutions of cases of "
                    + "trafficking in persons have not been addressed as stand-alone thematic agenda items of the "
                    + "Working Group at previous meetings, discussions on specific aspects of the subject matter "
                    + "have occurred under broader agenda items in multiple meetings. Such discussions have thus "
                    + "been held in relation to improving the implementation of the Protocol to Prevent, Suppress "
                    + "and Punish Trafficking in Persons, Especially Women and Children, supplementing the United "
                    + "Nations Convention against Transnational Organized Crime and improving coordination with "
                    + "relevant bodies and entities combating trafficking in persons, as well as in relation to "
                    + "international cooperation on trafficking cases and related capacity-building. Accordingly, "
                    + "several recommendations have been adopted by the Working Group relating more generally to "
                    + "enhancing investigation, including on joint investigation teams, and prosecution.",
            "For a more focused discussion under agenda item 3, the Working Group may wish to elaborate "
                    + "on the different modalities for joint investigations and specialized prosecutions and "
                    + "discuss practical challenges that may hamper their implementation.",
            "Furthermore, the Working Group may wish to discuss existing promising practices at the "
                    + "national, regional and international levels, with a focus on cost-effective examples that "
                    + "are implementable even where resources are limited.",
            "For its consideration of agenda item 3, the Working Group will have before it a background "
                    + "paper prepared by the Secretariat.");

    static final List<String> OTHER_MATTERS = List.of(
            "As no issues to be raised under agenda item 4 have come to the attention of the "
                    + "Secretariat, no documentation is currently foreseen under this item.");

    static final List<String> REPORT = List.of(
            "The Working Group is expected to adopt a report on its meeting, the draft of which will be "
                    + "prepared by the Secretariat.");

    private SeedText() {
    }
}
