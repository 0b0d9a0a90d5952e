<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Import cancelled; images imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui</name>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pseudo-label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageFilterProxy</name>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With pseudo-label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageListDelegate</name>
    <message>
        <source>pseudo-label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageListModel</name>
    <message>
        <source>%1
%2 × %3 px
%4
%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageView</name>
    <message>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui::MainWindow</name>
    <message>
        <source>%1 — %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MIPR Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MIPR Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MIPR Studio %1&lt;/h3&gt;&lt;p&gt;Semi-automatic annotation of dermoscopy images with pixel rearrangement.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom 10000%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no images yet.
Use File → Import Images… to add some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a project (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labelled · %2 unlabelled · %3 test · %4 with pseudo-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — MIPR Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIPR Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project — choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Images — choose a dataset folder (ISIC, PH², or images/ + masks/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui::OverlayPresenter</name>
    <message>
        <source>Doctor mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mipr::ui::ViewerToolBar</name>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the clinician&apos;s mask (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the model&apos;s pseudo-label (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the mask overlay (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the mask as a translucent fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the mask&apos;s outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
