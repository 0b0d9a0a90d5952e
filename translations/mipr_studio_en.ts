<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mipr::ui::ResultsPage</name>
    <message numerus="yes">
        <source>%1 (%n training image(s)): DSC %2 %, ACC %3 %</source>
        <translation>
            <numerusform>%1 (%n training image): DSC %2 %, ACC %3 %</numerusform>
            <numerusform>%1 (%n training images): DSC %2 %, ACC %3 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Doctor-level reached with %1 after %n decision(s), %2 min: %3 % of labelling all by hand.</source>
        <translation>
            <numerusform>Doctor-level reached with %1 after %n decision, %2 min: %3 % of labelling all by hand.</numerusform>
            <numerusform>Doctor-level reached with %1 after %n decisions, %2 min: %3 % of labelling all by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewPanel</name>
    <message numerus="yes">
        <source>%n pair(s) of this queue qualify</source>
        <translation>
            <numerusform>%n pair of this queue qualifies</numerusform>
            <numerusform>%n pairs of this queue qualify</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pair(s)</source>
        <translation>
            <numerusform>Accept %n pair</numerusform>
            <numerusform>Accept %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n pair(s) at once; Ctrl+Z undoes the whole batch.</source>
        <translation>
            <numerusform>Accepted %n pair at once; Ctrl+Z undoes the whole batch.</numerusform>
            <numerusform>Accepted %n pairs at once; Ctrl+Z undoes the whole batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) (%1 accepted, %2 edited)</source>
        <translation>
            <numerusform>Exported %n annotation (%1 accepted, %2 edited)</numerusform>
            <numerusform>Exported %n annotations (%1 accepted, %2 edited)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n decision row(s) to %1</source>
        <translation>
            <numerusform> and %n decision row to %1</numerusform>
            <numerusform> and %n decision rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewSession</name>
    <message numerus="yes">
        <source>Accept %n pair(s)</source>
        <translation>
            <numerusform>Accept %n pair</numerusform>
            <numerusform>Accept %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunController</name>
    <message numerus="yes">
        <source>S v%1 trained on %n image(s) in %2 s, final loss %3</source>
        <translation>
            <numerusform>S v%1 trained on %n image in %2 s, final loss %3</numerusform>
            <numerusform>S v%1 trained on %n images in %2 s, final loss %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pseudo-labelled, mean confidence %1</source>
        <translation>
            <numerusform>%n image pseudo-labelled, mean confidence %1</numerusform>
            <numerusform>%n images pseudo-labelled, mean confidence %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunDialog</name>
    <message numerus="yes">
        <source>S: %1 at %2 × %2 px, width %3, %n epoch(s).</source>
        <translation>
            <numerusform>S: %1 at %2 × %2 px, width %3, %n epoch.</numerusform>
            <numerusform>S: %1 at %2 × %2 px, width %3, %n epochs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MIPR iteration(s): S %1 epochs, G %2 epochs at %3 × %3 px; kept pairs %4.</source>
        <translation>
            <numerusform>%n MIPR iteration: S %1 epochs, G %2 epochs at %3 × %3 px; kept pairs %4.</numerusform>
            <numerusform>%n MIPR iterations: S %1 epochs, G %2 epochs at %3 × %3 px; kept pairs %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table 1 over %n seed(s)</source>
        <translation>
            <numerusform>Table 1 over %n seed</numerusform>
            <numerusform>Table 1 over %n seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n iteration(s) each; writes a report in reports/.</source>
        <translation>
            <numerusform>, %n iteration each; writes a report in reports/.</numerusform>
            <numerusform>, %n iterations each; writes a report in reports/.</numerusform>
        </translation>
    </message>
</context>
</TS>
