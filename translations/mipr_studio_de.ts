<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Import cancelled; images imported so far are kept.</source>
        <translation>Import abgebrochen; die bisher importierten Bilder bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MIPR Studio: semi-automatic annotation of dermoscopy images.</source>
        <translation>MIPR Studio: halbautomatische Annotation dermatoskopischer Bilder.</translation>
    </message>
    <message>
        <source>Project folder, or its project.mipr file, to open (optional).</source>
        <translation>Projektordner oder seine Datei project.mipr, die geöffnet werden soll (optional).</translation>
    </message>
    <message>
        <source>Language of this session (de, en, es, zh_CN); default: Preferences, else the system&apos;s.</source>
        <translation>Sprache dieser Sitzung (de, en, es, zh_CN); Vorgabe: die Einstellungen, sonst die des Systems.</translation>
    </message>
    <message>
        <source>Page to show first: browse, review, cockpit or results.</source>
        <translation>Zuerst gezeigte Seite: browse, review, cockpit oder results.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once the project is shown, then quit (with QT_QPA_PLATFORM=offscreen: no display needed).</source>
        <translation>Ein Bild des Fensters in diese PNG-Datei speichern, sobald das Projekt angezeigt wird, dann beenden (mit QT_QPA_PLATFORM=offscreen ohne Bildschirm).</translation>
    </message>
</context>
<context>
    <name>mipr::pipeline::Settings</name>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>MIPR iterations</source>
        <translation>Anzahl der MIPR-Iterationen</translation>
    </message>
    <message>
        <source>Accepted pairs add</source>
        <translation>Beitrag angenommener Paare</translation>
    </message>
    <message>
        <source>what an accepted pair adds to S&apos;s training set: the real image with t&apos; (real), x&apos; with t&apos; (generated), or both</source>
        <translation>was ein angenommenes Paar zu den Trainingsdaten von S beiträgt: das echte Bild mit t&apos; (echt), x&apos; mit t&apos; (erzeugt) oder beide</translation>
    </message>
    <message>
        <source>real</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Accept without review</source>
        <translation>Ohne Prüfung annehmen</translation>
    </message>
    <message>
        <source>pairs that pass the filter are accepted (the paper&apos;s automatic mode); off: they wait for a reviewer</source>
        <translation>Paare, die den Filter passieren, werden angenommen (der automatische Modus des Papers); aus: Sie warten auf einen Prüfer</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>random seed of the loop (S, G, augmentation)</source>
        <translation>Zufalls-Seed der Schleife (S, G, Augmentierung)</translation>
    </message>
    <message>
        <source>Annotation batch</source>
        <translation>Annotations-Batch</translation>
    </message>
    <message>
        <source>unlabelled images per S and G inference batch while annotating</source>
        <translation>nicht annotierte Bilder pro Inferenz-Batch von S und G beim Annotieren</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>S&apos;s network</source>
        <translation>Netzarchitektur von S</translation>
    </message>
    <message>
        <source>unet</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>attention-unet</source>
        <translation>Attention-U-Net</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>images are resized to this square size (a multiple of 2^depth)</source>
        <translation>Bilder werden auf diese quadratische Größe skaliert (ein Vielfaches von 2^Tiefe)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>U-Net base width (channels of the first level)</source>
        <translation>Basisbreite des U-Net (Kanäle der ersten Ebene)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>U-Net depth (down-samplings)</source>
        <translation>Tiefe des U-Net (Anzahl der Downsamplings)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>epochs of S on the labelled set (larger sets get about the same samples)</source>
        <translation>Epochen von S auf den annotierten Bildern (größere Mengen erhalten etwa gleich viele Beispiele)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>images per optimiser step</source>
        <translation>Bilder pro Optimierungsschritt</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Adam learning rate (cosine-annealed)</source>
        <translation>Adam-Lernrate (mit Cosine Annealing)</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>random flips and 90° rotations of image and mask</source>
        <translation>zufällige Spiegelungen und 90°-Drehungen von Bild und Maske</translation>
    </message>
    <message>
        <source>G and D</source>
        <translation>G und D</translation>
    </message>
    <message>
        <source>G width</source>
        <translation>G-Breite</translation>
    </message>
    <message>
        <source>G&apos;s encoder: channels of the first block</source>
        <translation>Encoder von G: Kanäle des ersten Blocks</translation>
    </message>
    <message>
        <source>G max width</source>
        <translation>G-Maximalbreite</translation>
    </message>
    <message>
        <source>G&apos;s widest block</source>
        <translation>breitester Block von G</translation>
    </message>
    <message>
        <source>G blocks</source>
        <translation>G-Blöcke</translation>
    </message>
    <message>
        <source>G&apos;s stride-2 encoder blocks</source>
        <translation>Encoder-Blöcke von G mit Stride 2</translation>
    </message>
    <message>
        <source>SPADE hidden</source>
        <translation>SPADE-Hidden</translation>
    </message>
    <message>
        <source>channels of SPADE&apos;s shared layer</source>
        <translation>Kanäle der gemeinsamen Schicht von SPADE</translation>
    </message>
    <message>
        <source>D width</source>
        <translation>D-Breite</translation>
    </message>
    <message>
        <source>discriminator base filters</source>
        <translation>Basisfilterzahl des Diskriminators</translation>
    </message>
    <message>
        <source>epochs of G and D on the labelled set (larger sets get about the same samples)</source>
        <translation>Epochen von G und D auf den annotierten Bildern (größere Mengen erhalten etwa gleich viele Beispiele)</translation>
    </message>
    <message>
        <source>images per G and D step</source>
        <translation>Bilder pro Schritt von G und D</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G-Lernrate</translation>
    </message>
    <message>
        <source>Adam learning rate of G</source>
        <translation>Adam-Lernrate von G</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D-Lernrate</translation>
    </message>
    <message>
        <source>Adam learning rate of D (TTUR)</source>
        <translation>Adam-Lernrate von D (TTUR)</translation>
    </message>
    <message>
        <source>λ feature matching</source>
        <translation>λ Feature-Matching</translation>
    </message>
    <message>
        <source>weight of D&apos;s feature-matching loss</source>
        <translation>Gewicht des Feature-Matching-Verlusts von D</translation>
    </message>
    <message>
        <source>λ L1</source>
        <translation>λ L1</translation>
    </message>
    <message>
        <source>weight of the L1 loss of x&apos; to x</source>
        <translation>Gewicht des L1-Verlusts von x&apos; zu x</translation>
    </message>
    <message>
        <source>λ consistency</source>
        <translation>λ Konsistenz</translation>
    </message>
    <message>
        <source>weight of the S-consistency loss</source>
        <translation>Gewicht des S-Konsistenz-Verlusts</translation>
    </message>
    <message>
        <source>SPADE+ detail path</source>
        <translation>SPADE+-Detailpfad</translation>
    </message>
    <message>
        <source>the Sobel detail path (off: plain SPADE, an ablation)</source>
        <translation>der Sobel-Detailpfad (aus: einfaches SPADE, eine Ablation)</translation>
    </message>
    <message>
        <source>Patch shuffle</source>
        <translation>Patch-Mischung</translation>
    </message>
    <message>
        <source>G&apos;s encoder reads a patch-shuffled copy of the image (off: an ablation)</source>
        <translation>der Encoder von G liest eine Kopie des Bildes mit gemischten Patches (aus: eine Ablation)</translation>
    </message>
    <message>
        <source>Patch grid K</source>
        <translation>Patch-Raster K</translation>
    </message>
    <message>
        <source>patch shuffle: the image is cut into K×K patches, K drawn from this list each step</source>
        <translation>Patch-Mischung: Das Bild wird in K×K Patches zerlegt, K wird in jedem Schritt aus dieser Liste gezogen</translation>
    </message>
    <message>
        <source>S-consistency</source>
        <translation>S-Konsistenz</translation>
    </message>
    <message>
        <source>the S-consistency loss (off: an ablation)</source>
        <translation>der S-Konsistenz-Verlust (aus: eine Ablation)</translation>
    </message>
    <message>
        <source>Post-processing</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>probability above which a pixel is lesion</source>
        <translation>Wahrscheinlichkeit, oberhalb derer ein Pixel als Läsion gilt</translation>
    </message>
    <message>
        <source>Largest component</source>
        <translation>Größte Komponente</translation>
    </message>
    <message>
        <source>keep only the largest connected component</source>
        <translation>nur die größte zusammenhängende Komponente behalten</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>Löcher füllen</translation>
    </message>
    <message>
        <source>fill holes in the mask</source>
        <translation>Löcher in der Maske füllen</translation>
    </message>
    <message>
        <source>Opening radius</source>
        <translation>Öffnungsradius</translation>
    </message>
    <message>
        <source>morphological opening radius in pixels (0: off)</source>
        <translation>Radius der morphologischen Öffnung in Pixeln (0: aus)</translation>
    </message>
    <message>
        <source>Closing radius</source>
        <translation>Schließungsradius</translation>
    </message>
    <message>
        <source>morphological closing radius in pixels (0: off)</source>
        <translation>Radius der morphologischen Schließung in Pixeln (0: aus)</translation>
    </message>
    <message>
        <source>Least lesion area</source>
        <translation>Minimale Läsionsfläche</translation>
    </message>
    <message>
        <source>masks with less lesion than this fraction of the image become empty</source>
        <translation>Masken, deren Läsion weniger als diesen Anteil des Bildes einnimmt, werden geleert</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Least consistency</source>
        <translation>Minimale Konsistenz</translation>
    </message>
    <message>
        <source>least Dice of S on x&apos; against t&apos;</source>
        <translation>minimaler Dice von S auf x&apos; gegen t&apos;</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>Minimale Konfidenz</translation>
    </message>
    <message>
        <source>least mean confidence of S on x_u</source>
        <translation>minimale mittlere Konfidenz von S auf x_u</translation>
    </message>
    <message>
        <source>Most L1</source>
        <translation>Maximales L1</translation>
    </message>
    <message>
        <source>largest mean |x&apos; - x_u| (images in [0,1])</source>
        <translation>größtes mittleres |x&apos; - x_u| (Bilder in [0,1])</translation>
    </message>
    <message>
        <source>Least SSIM</source>
        <translation>Minimaler SSIM</translation>
    </message>
    <message>
        <source>least SSIM of x&apos; to x_u</source>
        <translation>minimaler SSIM von x&apos; zu x_u</translation>
    </message>
    <message>
        <source>Keep fraction</source>
        <translation>Behaltener Anteil</translation>
    </message>
    <message>
        <source>at most this fraction of an iteration&apos;s pairs is kept, those on which S is most confident (1: every pair that passes the thresholds)</source>
        <translation>höchstens dieser Anteil der Paare einer Iteration wird behalten, und zwar die, bei denen S die höchste Konfidenz hat (1: jedes Paar, das die Schwellwerte passiert)</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>seeds of the Table-1 protocol (0, 1, ...)</source>
        <translation>Seeds des Tabelle-1-Protokolls (0, 1, ...)</translation>
    </message>
    <message>
        <source>Labelled-only epochs</source>
        <translation>Epochen (nur annotiert)</translation>
    </message>
    <message>
        <source>epochs of the labelled-only S (the other rows get as many samples)</source>
        <translation>Epochen des nur mit annotierten Bildern trainierten S (die anderen Zeilen erhalten gleich viele Beispiele)</translation>
    </message>
    <message>
        <source>Least epochs</source>
        <translation>Minimale Epochenzahl</translation>
    </message>
    <message>
        <source>least epochs of a fresh S on a larger set</source>
        <translation>minimale Epochenzahl eines neuen S auf einer größeren Menge</translation>
    </message>
    <message>
        <source>Self-training baseline</source>
        <translation>Self-Training-Vergleich</translation>
    </message>
    <message>
        <source>the plain self-training rows</source>
        <translation>die Zeilen des einfachen Self-Trainings</translation>
    </message>
    <message>
        <source>Unselected control each iteration</source>
        <translation>Kontrolle ohne Auswahl je Iteration</translation>
    </message>
    <message>
        <source>all of iteration k&apos;s real pairs at every iteration (off: the last only)</source>
        <translation>alle echten Paare von Iteration k bei jeder Iteration (aus: nur bei der letzten)</translation>
    </message>
    <message>
        <source>Side-by-side trainings</source>
        <translation>Parallele Trainings</translation>
    </message>
    <message>
        <source>fresh S&apos;s trained side by side on the CPU</source>
        <translation>neue S, die parallel auf der CPU trainiert werden</translation>
    </message>
    <message>
        <source>A loop per seed</source>
        <translation>Eine Schleife pro Seed</translation>
    </message>
    <message>
        <source>each seed runs its own MIPR loop (off: the project&apos;s loop serves every seed)</source>
        <translation>jeder Seed führt seine eigene MIPR-Schleife aus (aus: die Schleife des Projekts dient allen Seeds)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Oracle accepts at Dice</source>
        <translation>Orakel-Annahme ab Dice</translation>
    </message>
    <message>
        <source>simulate-review: a pseudo-label with at least this Dice against the doctor mask is accepted, any other edited</source>
        <translation>simulate-review: Ein Pseudo-Label mit mindestens diesem Dice gegen die Arztmaske wird angenommen, jedes andere bearbeitet</translation>
    </message>
    <message>
        <source>Seconds to accept</source>
        <translation>Sekunden zum Annehmen</translation>
    </message>
    <message>
        <source>modelled cost of looking at a pair and accepting it</source>
        <translation>modellierter Aufwand, ein Paar anzusehen und anzunehmen</translation>
    </message>
    <message>
        <source>Seconds to edit</source>
        <translation>Sekunden zum Bearbeiten</translation>
    </message>
    <message>
        <source>modelled cost of correcting a label</source>
        <translation>modellierter Aufwand, ein Label zu korrigieren</translation>
    </message>
    <message>
        <source>Seconds from scratch</source>
        <translation>Sekunden für Handannotation</translation>
    </message>
    <message>
        <source>modelled cost of labelling one image from scratch</source>
        <translation>modellierter Aufwand, ein Bild von Grund auf zu annotieren</translation>
    </message>
    <message>
        <source>Retrain every</source>
        <translation>Neutraining alle</translation>
    </message>
    <message>
        <source>simulate-review: S is retrained and scored after every this many decisions</source>
        <translation>simulate-review: S wird nach jeweils so vielen Entscheidungen neu trainiert und bewertet</translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation>Seeds pro Punkt</translation>
    </message>
    <message>
        <source>simulate-review: S&apos;s trained per point of a cost curve, their test Dice averaged</source>
        <translation>simulate-review: pro Punkt einer Kostenkurve trainierte S, deren Test-Dice gemittelt wird</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>Kostenkurven</translation>
    </message>
    <message>
        <source>strategies with a cost curve besides random, the best by Spearman (0: all)</source>
        <translation>Strategien mit Kostenkurve außer der zufälligen, die besten nach Spearman (0: alle)</translation>
    </message>
    <message>
        <source>Quality signals</source>
        <translation>Qualitätssignale</translation>
    </message>
    <message>
        <source>after each iteration, the pairs&apos; quality signals and learned Dice estimate (a few short trainings of S)</source>
        <translation>nach jeder Iteration die Qualitätssignale der Paare und die gelernte Dice-Schätzung (einige kurze Trainings von S)</translation>
    </message>
    <message>
        <source>Estimate folds</source>
        <translation>Folds der Schätzung</translation>
    </message>
    <message>
        <source>folds of the labelled split for the learned Dice estimate&apos;s out-of-fold fit</source>
        <translation>Folds der annotierten Teilmenge für die Out-of-Fold-Anpassung der gelernten Dice-Schätzung</translation>
    </message>
    <message>
        <source>Changed pixel</source>
        <translation>Geändertes Pixel</translation>
    </message>
    <message>
        <source>a pixel counts as changed by G when |x&apos; - x_u| exceeds this (images in [0,1])</source>
        <translation>ein Pixel gilt als von G verändert, wenn |x&apos; - x_u| diesen Wert übersteigt (Bilder in [0,1])</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>auto | cpu | cuda | cuda:N</source>
        <translation>auto | cpu | cuda | cuda:N</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>intra-op threads on the CPU (0: one per core)</source>
        <translation>Intra-Op-Threads auf der CPU (0: einer pro Kern)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Rechengenauigkeit</translation>
    </message>
    <message>
        <source>auto (bfloat16 autocast + channels-last on CUDA, float32 on the CPU), fp32, mixed, channels-last</source>
        <translation>automatisch (bfloat16-Autocast + channels-last auf CUDA, float32 auf der CPU), fp32, gemischt, channels-last</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>channels-last</source>
        <translation>channels-last</translation>
    </message>
</context>
<context>
    <name>mipr::pipeline::signals</name>
    <message>
        <source>S&apos;s mean confidence</source>
        <translation>Konfidenz von S (Mittelwert)</translation>
    </message>
    <message>
        <source>S&apos;s predictive entropy</source>
        <translation>Vorhersageentropie von S</translation>
    </message>
    <message>
        <source>S&apos;s agreement under flips (TTA)</source>
        <translation>Übereinstimmung von S unter Spiegelungen (TTA)</translation>
    </message>
    <message>
        <source>agreement with the previous S</source>
        <translation>Übereinstimmung mit dem vorigen S</translation>
    </message>
    <message>
        <source>consistency Dice(S(x&apos;), t&apos;)</source>
        <translation>Konsistenz Dice(S(x&apos;), t&apos;)</translation>
    </message>
    <message>
        <source>L1 of x&apos; against x_u</source>
        <translation>L1 von x&apos; gegen x_u</translation>
    </message>
    <message>
        <source>SSIM of x&apos; against x_u</source>
        <translation>SSIM von x&apos; gegen x_u</translation>
    </message>
    <message>
        <source>G&apos;s changes in the border band</source>
        <translation>Änderungen von G im Randbereich</translation>
    </message>
    <message>
        <source>G&apos;s changes off the border band</source>
        <translation>Änderungen von G außerhalb des Randbereichs</translation>
    </message>
    <message>
        <source>label area</source>
        <translation>Labelfläche</translation>
    </message>
    <message>
        <source>label border irregularity</source>
        <translation>Randunregelmäßigkeit des Labels</translation>
    </message>
    <message>
        <source>components of S&apos;s raw mask</source>
        <translation>Komponenten der Rohmaske von S</translation>
    </message>
    <message>
        <source>learned Dice estimate</source>
        <translation>Dice-Schätzung (gelernt)</translation>
    </message>
    <message>
        <source>random order</source>
        <translation>zufällige Reihenfolge</translation>
    </message>
</context>
<context>
    <name>mipr::ui</name>
    <message>
        <source>Labelled</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>pseudo-label</source>
        <translation>Pseudo-Label</translation>
    </message>
</context>
<context>
    <name>mipr::ui::CockpitPanel</name>
    <message>
        <source>iteration %1/%2</source>
        <translation>Iteration %1/%2</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>loading images</source>
        <translation>Laden der Bilder</translation>
    </message>
    <message>
        <source>training S</source>
        <translation>Training von S</translation>
    </message>
    <message>
        <source>training G and D</source>
        <translation>Training von G und D</translation>
    </message>
    <message>
        <source>pseudo-labelling and rearranging</source>
        <translation>Pseudo-Labels und Pixel-Umordnung</translation>
    </message>
    <message>
        <source>pseudo-labelling</source>
        <translation>Erzeugen der Pseudo-Labels</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>iteration done</source>
        <translation>Iteration abgeschlossen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>No run in progress.</source>
        <translation>Kein Lauf aktiv.</translation>
    </message>
    <message>
        <source>New Run…</source>
        <translation>Neuer Lauf…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop at the next step: what completed is kept, and a new run continues after it</source>
        <translation>Beim nächsten Schritt stoppen: Abgeschlossenes bleibt erhalten, und ein neuer Lauf macht dort weiter</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Lauf beendet: %1</translation>
    </message>
    <message>
        <source>Run stopped. %1</source>
        <translation>Lauf gestoppt. %1</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>S training</source>
        <translation>Training von S</translation>
    </message>
    <message>
        <source>MIPR iterations</source>
        <translation>MIPR-Iterationen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>loop %1/%2: %3</source>
        <translation>Schleife %1/%2: %3</translation>
    </message>
    <message>
        <source>iteration %1 done</source>
        <translation>Iteration %1 fertig</translation>
    </message>
    <message>
        <source> (out of memory: batch %1)</source>
        <translation> (Speicher voll: Batch %1)</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
</context>
<context>
    <name>mipr::ui::CurvesView</name>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Overlay earlier runs</source>
        <translation>Frühere Läufe überlagern</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>Exponential moving average of each curve (0: the raw values)</source>
        <translation>Exponentiell gleitender Mittelwert jeder Kurve (0: die Rohwerte)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>No training curves yet: start a run (Run ▸ New Run…, or `mipr run` in a terminal); its curves appear here as it trains.</source>
        <translation>Noch keine Trainingskurven: Starten Sie einen Lauf (Lauf ▸ Neuer Lauf… oder `mipr run` in einem Terminal); seine Kurven erscheinen hier während des Trainings.</translation>
    </message>
    <message>
        <source>Export curves as PNG</source>
        <translation>Kurven als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>Kurven als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>Lauf #%1: %2</translation>
    </message>
    <message>
        <source>S loss</source>
        <translation>S-Verlust</translation>
    </message>
    <message>
        <source>S training Dice</source>
        <translation>S-Trainings-Dice</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>G-Verlust</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>D-Verlust</translation>
    </message>
    <message>
        <source>feature matching</source>
        <translation>Feature-Matching</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>S-consistency</source>
        <translation>S-Konsistenz</translation>
    </message>
    <message>
        <source>S learning rate</source>
        <translation>S-Lernrate</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G-Lernrate</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D-Lernrate</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>mean consistency</source>
        <translation>mittlere Konsistenz</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>mittlere Konfidenz</translation>
    </message>
    <message>
        <source>S: loss and training Dice per epoch</source>
        <translation>S: Verlust und Trainings-Dice pro Epoche</translation>
    </message>
    <message>
        <source>G and D: losses per epoch</source>
        <translation>G und D: Verluste pro Epoche</translation>
    </message>
    <message>
        <source>Learning rates per epoch</source>
        <translation>Lernraten pro Epoche</translation>
    </message>
    <message>
        <source>Pairs and scores per iteration</source>
        <translation>Paare und Werte pro Iteration</translation>
    </message>
    <message>
        <source>epoch (iterations one after another)</source>
        <translation>Epoche (Iterationen nacheinander)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>L1 / consistency</source>
        <translation>L1 / Konsistenz</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>mipr::ui::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts — press ? or Esc to close</source>
        <translation>Tastenkürzel — zum Schließen ? oder Esc drücken</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageFilterProxy</name>
    <message>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>With pseudo-label</source>
        <translation>Mit Pseudo-Label</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageListDelegate</name>
    <message>
        <source>pseudo-label</source>
        <translation>Pseudo-Label</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageListModel</name>
    <message>
        <source>%1
%2 × %3 px
%4
%5</source>
        <translation>%1
%2 × %3 px
%4
%5</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageView</name>
    <message>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>%1 kann nicht angezeigt werden:
%2</translation>
    </message>
    <message>
        <source>Overlay hidden</source>
        <translation>Überlagerung ausgeblendet</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>Keine Maske</translation>
    </message>
</context>
<context>
    <name>mipr::ui::LogPane</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>mipr::ui::MainWindow</name>
    <message>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 px</translation>
    </message>
    <message>
        <source>%1 — cannot be shown</source>
        <translation>%1 — kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>Cockpit</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Images…</source>
        <translation>Bilder &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Browse Images</source>
        <translation>Bilder &amp;durchsehen</translation>
    </message>
    <message>
        <source>&amp;Review Pairs</source>
        <translation>Paare &amp;prüfen</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>Train S, pseudo-label, run MIPR iterations or the Table-1 experiment (Ctrl+R)</source>
        <translation>S trainieren, Pseudo-Labels erzeugen, MIPR-Iterationen oder das Tabelle-1-Experiment ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Show the &amp;Cockpit</source>
        <translation>&amp;Cockpit anzeigen</translation>
    </message>
    <message>
        <source>Show the &amp;Results</source>
        <translation>&amp;Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MIPR Studio</source>
        <translation>Ü&amp;ber MIPR Studio</translation>
    </message>
    <message>
        <source>About MIPR Studio</source>
        <translation>Über MIPR Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MIPR Studio %1&lt;/h3&gt;&lt;p&gt;Semi-automatic annotation of dermoscopy images with pixel rearrangement.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MIPR Studio %1&lt;/h3&gt;&lt;p&gt;Halbautomatische Annotation dermatoskopischer Bilder mit Pixel-Umordnung.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom 10000%</source>
        <translation>Zoom 10000%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import: what was imported so far is kept</source>
        <translation>Import anhalten: das bisher Importierte bleibt erhalten</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened read-only: you can browse and look at pairs; decisions and imports are off.</source>
        <translation>Schreibgeschützt geöffnet: Sie können Bilder durchsehen und Paare ansehen; Entscheidungen und Importe sind deaktiviert.</translation>
    </message>
    <message>
        <source>This project is read-only for you: you can browse and look at pairs; decisions and imports are off.</source>
        <translation>Dieses Projekt ist für Sie schreibgeschützt: Sie können Bilder durchsehen und Paare ansehen; Entscheidungen und Importe sind deaktiviert.</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>This project has no images yet.
Use File → Import Images… to add some.</source>
        <translation>Dieses Projekt enthält noch keine Bilder.
Fügen Sie über Datei → Bilder importieren… welche hinzu.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Create or open a project (File menu).</source>
        <translation>Erstellen oder öffnen Sie ein Projekt (Menü Datei).</translation>
    </message>
    <message>
        <source>%1 labelled · %2 unlabelled · %3 test · %4 with pseudo-label</source>
        <translation>%1 annotiert · %2 nicht annotiert · %3 Test · %4 mit Pseudo-Label</translation>
    </message>
    <message>
        <source>Cannot read project</source>
        <translation>Projekt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>MIPR Studio</source>
        <translation>MIPR Studio</translation>
    </message>
    <message>
        <source>%1 (read-only) — MIPR Studio</source>
        <translation>%1 (schreibgeschützt) — MIPR Studio</translation>
    </message>
    <message>
        <source>%1 — MIPR Studio</source>
        <translation>%1 — MIPR Studio</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>New Project — choose an empty folder</source>
        <translation>Neues Projekt — einen leeren Ordner wählen</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Import Images — choose a dataset folder (ISIC, PH², or images/ + masks/)</source>
        <translation>Bilder importieren — einen Datensatzordner wählen (ISIC, PH² oder images/ + masks/)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist aktiv</translation>
    </message>
    <message>
        <source>Stop the run and close? What it completed is kept, and a new run continues after it.</source>
        <translation>Lauf stoppen und schließen? Was er abgeschlossen hat, bleibt erhalten, und ein neuer Lauf macht dort weiter.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Stoppen und schließen</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stopping the run, then closing…</source>
        <translation>Lauf wird gestoppt, danach wird geschlossen…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Open or create a project first (File menu).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Menü Datei).</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Lauf kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>This project is open read-only: runs would change it.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: Läufe würden es verändern.</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <source>Run stopped.</source>
        <translation>Lauf gestoppt.</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>Lauf fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Another MIPR Studio has this project open (%1), so it opened read-only here: you can browse and look at pairs; decisions, imports and runs are off. Close the other one to work on it here.</source>
        <translation>Ein anderes MIPR Studio hat dieses Projekt geöffnet (%1), daher ist es hier schreibgeschützt geöffnet: Sie können Bilder durchsehen und Paare ansehen; Entscheidungen, Importe und Läufe sind aus. Schließen Sie das andere, um hier daran zu arbeiten.</translation>
    </message>
    <message>
        <source>its lock is held</source>
        <translation>seine Sperre ist belegt</translation>
    </message>
</context>
<context>
    <name>mipr::ui::MaskEditor</name>
    <message>
        <source>Brush stroke</source>
        <translation>Pinselstrich</translation>
    </message>
    <message>
        <source>Eraser stroke</source>
        <translation>Radiererstrich</translation>
    </message>
    <message>
        <source>Polygon erase</source>
        <translation>Polygon radieren</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Polygon füllen</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Flächenfüllung</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>Löcher füllen</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Glätten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>mipr::ui::OverlayPresenter</name>
    <message>
        <source>Doctor mask</source>
        <translation>Arztmaske</translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation>Pseudo-Label</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>Keine Maske</translation>
    </message>
</context>
<context>
    <name>mipr::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>your name, recorded with each review decision</source>
        <translation>Ihr Name, wird mit jeder Prüfentscheidung gespeichert</translation>
    </message>
    <message>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>Automatisch (erste GPU, sonst CPU)</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Outline instead of fill</source>
        <translation>Umriss statt Füllung</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Name des Prüfers:</translation>
    </message>
    <message>
        <source>Default device of new runs:</source>
        <translation>Standardgerät für neue Läufe:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Overlay opacity:</source>
        <translation>Deckkraft der Überlagerung:</translation>
    </message>
    <message>
        <source>A new language applies when the studio starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start des Studios wirksam.</translation>
    </message>
    <message>
        <source>%1 (not found here)</source>
        <translation>%1 (hier nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ResultsPage</name>
    <message>
        <source>The project&apos;s experiment reports (reports/experiment-*) and review simulations (reports/simulate-review-*), newest first</source>
        <translation>Die Experimentberichte (reports/experiment-*) und Prüfsimulationen (reports/simulate-review-*) des Projekts, neueste zuerst</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Look for new reports</source>
        <translation>Nach neuen Berichten suchen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>DSC chart…</source>
        <translation>DSC-Diagramm…</translation>
    </message>
    <message>
        <source>t-SNE plot…</source>
        <translation>t-SNE-Plot…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table as shown (ours and the paper&apos;s figures) as CSV</source>
        <translation>Die Tabelle wie angezeigt (eigene Werte und die des Papers) als CSV speichern</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>t-SNE 1</source>
        <translation>t-SNE 1</translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation>t-SNE 2</translation>
    </message>
    <message>
        <source>DSC in % (mean ± std over seeds)</source>
        <translation>DSC in % (Mittelwert ± SD über Seeds)</translation>
    </message>
    <message>
        <source>Click a bar or a point for its figures; click a legend entry to hide or show it; drag to pan, wheel to zoom.</source>
        <translation>Klicken Sie auf einen Balken oder Punkt für seine Werte, auf einen Legendeneintrag zum Aus- oder Einblenden; Ziehen verschiebt, das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist.</source>
        <translation>Der Projektordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The project&apos;s reports folder leads outside the project (a link); it is not read.</source>
        <translation>Der Berichtsordner des Projekts führt aus dem Projekt hinaus (ein Link); er wird nicht gelesen.</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>No experiment report yet: run the Table-1 experiment from Run ▸ New run, or `mipr experiment PROJECT`</source>
        <translation>Noch kein Experimentbericht: Führen Sie das Tabelle-1-Experiment über Lauf ▸ Neuer Lauf aus oder `mipr experiment PROJECT`</translation>
    </message>
    <message>
        <source>%1: no report is shown</source>
        <translation>%1: Es wird kein Bericht angezeigt</translation>
    </message>
    <message>
        <source>%1 is a broken link</source>
        <translation>%1 ist ein defekter Link</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 leads outside the project&apos;s reports folder (a link); it is not read</source>
        <translation>%1 führt aus dem Berichtsordner des Projekts hinaus (ein Link); wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB this page reads; it is not read</source>
        <translation>%1 ist %2 MB groß, mehr als die %3 MB, die diese Seite liest; wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is more than %2 MB; it is not read</source>
        <translation>%1 ist größer als %2 MB; wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is no longer a folder inside the project&apos;s reports</source>
        <translation>%1 ist kein Ordner in den Berichten des Projekts mehr</translation>
    </message>
    <message>
        <source>Report folder: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; the full report: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (each order&apos;s decisions are in its review-&amp;lt;order&amp;gt; project)</source>
        <translation>Berichtsordner: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; vollständiger Bericht: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (die Entscheidungen jeder Reihenfolge liegen in ihrem Projekt review-&amp;lt;order&amp;gt;)</translation>
    </message>
    <message>
        <source>Report folder: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; the full report: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (the MIPR loop, the gain per seed and the image quality)</source>
        <translation>Berichtsordner: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; vollständiger Bericht: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (die MIPR-Schleife, der Gewinn pro Seed und die Bildqualität)</translation>
    </message>
    <message>
        <source>line %1: data_amount is not a count (&apos;%2&apos;)</source>
        <translation>Zeile %1: data_amount ist keine Anzahl („%2“)</translation>
    </message>
    <message>
        <source>line %1: %2 is not a number in [0, 1] (&apos;%3&apos;)</source>
        <translation>Zeile %1: %2 ist keine Zahl in [0, 1] („%3“)</translation>
    </message>
    <message>
        <source>no rows under the header</source>
        <translation>keine Zeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>line %1: kind &apos;%2&apos; is neither real nor generated</source>
        <translation>Zeile %1: kind „%2“ ist weder „real“ noch „generated“</translation>
    </message>
    <message>
        <source>line %1: x or y is not a number</source>
        <translation>Zeile %1: x oder y ist keine Zahl</translation>
    </message>
    <message>
        <source>no points under the header</source>
        <translation>keine Punkte unter der Kopfzeile</translation>
    </message>
    <message>
        <source>The t-SNE points could not be read
(see the message above the table)</source>
        <translation>Die t-SNE-Punkte konnten nicht gelesen werden
(siehe die Meldung über der Tabelle)</translation>
    </message>
    <message>
        <source>No t-SNE in this report
(needs at least 2 pairs
in the last iteration)</source>
        <translation>Kein t-SNE in diesem Bericht
(erfordert mindestens 2 Paare
in der letzten Iteration)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>This report has no t-SNE plot.</source>
        <translation>Dieser Bericht hat keinen t-SNE-Plot.</translation>
    </message>
    <message>
        <source>Export the t-SNE plot</source>
        <translation>t-SNE-Plot exportieren</translation>
    </message>
    <message>
        <source>Export the DSC chart</source>
        <translation>DSC-Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Att-U-Net</source>
        <translation>Att-U-Net</translation>
    </message>
    <message>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ours&lt;/b&gt;: this project&apos;s data, split and preset (mean ± std over seeds). &lt;b&gt;Paper&lt;/b&gt;: the MIPR paper&apos;s Table 1 for %1, on &lt;b&gt;ISIC 2018 at 256²&lt;/b&gt; (1800 unlabelled, 594 test images); shown for Doctor and MIPR[k], the rows the paper has. Different data: compare the trend, not the numbers.</source>
        <translation>&lt;b&gt;Eigene&lt;/b&gt;: Daten, Aufteilung und Vorgabe dieses Projekts (Mittelwert ± SD über Seeds). &lt;b&gt;Paper&lt;/b&gt;: Tabelle 1 des MIPR-Papers für %1, auf &lt;b&gt;ISIC 2018 bei 256²&lt;/b&gt; (1800 nicht annotierte, 594 Testbilder); gezeigt für Doctor und MIPR[k], die Zeilen, die das Paper enthält. Andere Daten: Vergleichen Sie den Trend, nicht die Zahlen.</translation>
    </message>
    <message>
        <source> (report.md names no model; U-Net assumed.)</source>
        <translation> (report.md nennt kein Modell; U-Net angenommen.)</translation>
    </message>
    <message>
        <source>Per seed: %1</source>
        <translation>Pro Seed: %1</translation>
    </message>
    <message>
        <source>The MIPR paper&apos;s Table 1 (ISIC 2018, 256²)</source>
        <translation>Tabelle 1 des MIPR-Papers (ISIC 2018, 256²)</translation>
    </message>
    <message>
        <source>The paper has no such row</source>
        <translation>Das Paper hat keine solche Zeile</translation>
    </message>
    <message>
        <source>Test DSC per row, in % (mean ± std over seeds)</source>
        <translation>Test-DSC pro Zeile, in % (Mittelwert ± SD über Seeds)</translation>
    </message>
    <message>
        <source>No rows to chart</source>
        <translation>Keine Zeilen für das Diagramm</translation>
    </message>
    <message>
        <source>MIPR rows</source>
        <translation>MIPR-Zeilen</translation>
    </message>
    <message>
        <source>Baselines (labelled only, Doctor, pseudo-labels, self-training)</source>
        <translation>Vergleichsmethoden (nur annotiert, Doctor, Pseudo-Labels, Self-Training)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n training image(s)): DSC %2 %, ACC %3 %</source>
        <translation>
            <numerusform>%1 (%n Trainingsbild): DSC %2 %, ACC %3 %</numerusform>
            <numerusform>%1 (%n Trainingsbilder): DSC %2 %, ACC %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Test DSC per row, in % (mean ± std over seeds; axis from %1)</source>
        <translation>Test-DSC pro Zeile, in % (Mittelwert ± SD über Seeds; Achse ab %1)</translation>
    </message>
    <message>
        <source>t-SNE of S-encoder features</source>
        <translation>t-SNE der S-Encoder-Merkmale</translation>
    </message>
    <message>
        <source>t-SNE of S-encoder features, iteration %1</source>
        <translation>t-SNE der S-Encoder-Merkmale, Iteration %1</translation>
    </message>
    <message>
        <source>5-NN real/generated accuracy %1 (50% = indistinguishable)</source>
        <translation>5-NN-Genauigkeit echt/erzeugt %1 (50% = ununterscheidbar)</translation>
    </message>
    <message>
        <source>Generated x&apos; of %1</source>
        <translation>Erzeugtes x&apos; von %1</translation>
    </message>
    <message>
        <source>Real x_u %1</source>
        <translation>Echtes x_u %1</translation>
    </message>
    <message>
        <source>generated x&apos; (%1)</source>
        <translation>erzeugtes x&apos; (%1)</translation>
    </message>
    <message>
        <source>real x_u (%1)</source>
        <translation>echtes x_u (%1)</translation>
    </message>
    <message>
        <source>, iteration %1</source>
        <translation>, Iteration %1</translation>
    </message>
    <message>
        <source>t-SNE of real and generated images</source>
        <translation>t-SNE echter und erzeugter Bilder</translation>
    </message>
    <message>
        <source>Review order (strategy)</source>
        <translation>Prüfreihenfolge (Strategie)</translation>
    </message>
    <message>
        <source>Spearman with true Dice</source>
        <translation>Spearman mit wahrem Dice</translation>
    </message>
    <message>
        <source>AURC</source>
        <translation>AURC</translation>
    </message>
    <message>
        <source>Accepted / edited</source>
        <translation>Angenommen / bearbeitet</translation>
    </message>
    <message>
        <source>Doctor-level after</source>
        <translation>Arztniveau nach</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>% of labelling all by hand</source>
        <translation>% der reinen Handannotation</translation>
    </message>
    <message>
        <source>Method[iter]</source>
        <translation>Methode[It.]</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>DSC % (ours)</source>
        <translation>DSC % (eigene)</translation>
    </message>
    <message>
        <source>ACC % (ours)</source>
        <translation>ACC % (eigene)</translation>
    </message>
    <message>
        <source>Paper row</source>
        <translation>Zeile im Paper</translation>
    </message>
    <message>
        <source>DSC % (paper)</source>
        <translation>DSC % (Paper)</translation>
    </message>
    <message>
        <source>ACC % (paper)</source>
        <translation>ACC % (Paper)</translation>
    </message>
    <message>
        <source>The MIPR paper&apos;s Table 1: ISIC 2018 at 256², not this project&apos;s data</source>
        <translation>Tabelle 1 des MIPR-Papers: ISIC 2018 bei 256², nicht die Daten dieses Projekts</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Test Dice: labelled only %2, MIPR pairs without review %3, every image labelled by hand %4. Per pixel, |x&apos; − x_u| predicts a wrong label with AUROC %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Test-Dice: nur annotiert %2, MIPR-Paare ohne Prüfung %3, jedes Bild per Hand annotiert %4. Pro Pixel sagt |x&apos; − x_u| ein falsches Label mit AUROC %5 vorher.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>no curve</source>
        <translation>keine Kurve</translation>
    </message>
    <message>
        <source>reviewer minutes (modelled)</source>
        <translation>Prüferminuten (modelliert)</translation>
    </message>
    <message>
        <source>test Dice of S, %</source>
        <translation>Test-Dice von S, %</translation>
    </message>
    <message>
        <source>Cost curves: S&apos;s test Dice against the reviewer&apos;s minutes, per review order</source>
        <translation>Kostenkurven: Test-Dice von S gegen die Minuten des Prüfers, je Prüfreihenfolge</translation>
    </message>
    <message>
        <source>line %1: minutes or test_dice is not a number</source>
        <translation>Zeile %1: minutes oder test_dice ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: test Dice %2 % after %3 reviewer minutes</source>
        <translation>%1: Test-Dice %2 % nach %3 Prüferminuten</translation>
    </message>
    <message>
        <source>labelled only</source>
        <translation>nur annotiert</translation>
    </message>
    <message>
        <source>all labelled by hand (%1 min)</source>
        <translation>alles per Hand annotiert (%1 min)</translation>
    </message>
    <message>
        <source>A review simulation has no t-SNE:
see its cost curves on the left</source>
        <translation>Eine Prüfsimulation hat kein t-SNE:
siehe ihre Kostenkurven links</translation>
    </message>
    <message>
        <source>Review simulation, %1   (%2)</source>
        <translation>Prüfsimulation, %1   (%2)</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no &apos;%1&apos; column in the header line</source>
        <translation>keine Spalte „%1“ in der Kopfzeile</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>%1: and %2 more problems</source>
        <translation>%1: und %2 weitere Probleme</translation>
    </message>
    <message numerus="yes">
        <source>Doctor-level reached with %1 after %n decision(s), %2 min: %3 % of labelling all by hand.</source>
        <translation>
            <numerusform>Arztniveau erreicht mit %1 nach %n Entscheidung, %2 min: %3 % der reinen Handannotation.</numerusform>
            <numerusform>Arztniveau erreicht mit %1 nach %n Entscheidungen, %2 min: %3 % der reinen Handannotation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Doctor-level not reached; the highest curve is %1&apos;s.</source>
        <translation>Arztniveau nicht erreicht; die höchste Kurve hat %1.</translation>
    </message>
    <message>
        <source>%1 in the report (mipr simulate-review)</source>
        <translation>%1 im Bericht (mipr simulate-review)</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewCase</name>
    <message>
        <source>%1: the label is %2 × %3 px, the image %4 × %5 px; resized to the image</source>
        <translation>%1: Das Label ist %2 × %3 px, das Bild %4 × %5 px; auf die Bildgröße skaliert</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewPane</name>
    <message>
        <source>x_u  real image</source>
        <translation>x_u  Originalbild</translation>
    </message>
    <message>
        <source>x_u + label  (editing)</source>
        <translation>x_u + Label  (Bearbeitung)</translation>
    </message>
    <message>
        <source>x_u + label</source>
        <translation>x_u + Label</translation>
    </message>
    <message>
        <source>x&apos;  generated</source>
        <translation>x&apos;  erzeugt</translation>
    </message>
    <message>
        <source>x&apos; + label</source>
        <translation>x&apos; + Label</translation>
    </message>
    <message>
        <source>|x&apos; − x_u|  difference</source>
        <translation>|x&apos; − x_u|  Differenz</translation>
    </message>
    <message>
        <source>No generated image for this pair</source>
        <translation>Kein erzeugtes Bild für dieses Paar</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewPanel</name>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Edit the mask (after E)</source>
        <translation>Maske bearbeiten (nach E)</translation>
    </message>
    <message>
        <source>No pair matches the queue&apos;s filter.</source>
        <translation>Kein Paar entspricht dem Filter der Warteschlange.</translation>
    </message>
    <message>
        <source>No pair selected.</source>
        <translation>Kein Paar ausgewählt.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Brush %1 px</source>
        <translation>Pinsel %1 px</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Edit mask</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>First in queue</source>
        <translation>Erstes in der Warteschlange</translation>
    </message>
    <message>
        <source>Last in queue</source>
        <translation>Letztes in der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Undo decision</source>
        <translation>Entscheidung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Redo decision</source>
        <translation>Entscheidung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Batch accept…</source>
        <translation>&amp;Stapel…</translation>
    </message>
    <message>
        <source>E&amp;xport annotations…</source>
        <translation>Annotationen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Two panes / four panes</source>
        <translation>&amp;Zwei / vier Ansichten</translation>
    </message>
    <message>
        <source>&amp;Difference heat map</source>
        <translation>&amp;Differenz-Heatmap</translation>
    </message>
    <message>
        <source>Error &amp;map overlay (|x&apos; − x_u| on the label)</source>
        <translation>Fehler&amp;karte überlagern (|x&apos; − x_u| auf dem Label)</translation>
    </message>
    <message>
        <source>&amp;Outline / fill</source>
        <translation>&amp;Umriss / Füllung</translation>
    </message>
    <message>
        <source>Show / &amp;hide label</source>
        <translation>&amp;Label ein-/ausblenden</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>In Fenster einpassen</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Tastaturhilfe</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>&amp;Polygon / lasso (click points, Enter closes)</source>
        <translation>P&amp;olygon / Lasso (Punkte klicken, Eingabe schließt)</translation>
    </message>
    <message>
        <source>&amp;Flood fill (Shift+click erases)</source>
        <translation>&amp;Flächenfüllung (Umschalt+Klick radiert)</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <source>Fill &amp;holes</source>
        <translation>&amp;Löcher füllen</translation>
    </message>
    <message>
        <source>&amp;Grow by one pixel</source>
        <translation>Um ein Pixel &amp;vergrößern</translation>
    </message>
    <message>
        <source>&amp;Shrink by one pixel</source>
        <translation>Um ein Pixel ver&amp;kleinern</translation>
    </message>
    <message>
        <source>S&amp;mooth outline</source>
        <translation>Umriss &amp;glätten</translation>
    </message>
    <message>
        <source>&amp;Clear mask</source>
        <translation>Maske l&amp;eeren</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Strich rückgängig</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>Strich wiederholen</translation>
    </message>
    <message>
        <source>Save edit (the pair becomes &quot;edited&quot;)</source>
        <translation>Bearbeitung speichern (das Paar wird „bearbeitet“)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Glätten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>2 / 4 panes</source>
        <translation>2 / 4 Felder</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Keys ?</source>
        <translation>Tasten ?</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%v / %m reviewed</source>
        <translation>%v / %m geprüft</translation>
    </message>
    <message>
        <source>Accept every pair to review with consistency ≥</source>
        <translation>Alle zu prüfenden Paare annehmen mit Konsistenz ≥</translation>
    </message>
    <message>
        <source>By %1 (best in the simulation)</source>
        <translation>Nach %1 (am besten in der Simulation)</translation>
    </message>
    <message>
        <source>Not measured yet: run mipr simulate-review</source>
        <translation>Noch nicht gemessen: mipr simulate-review ausführen</translation>
    </message>
    <message>
        <source>Predicts wrong pixels with AUROC %1</source>
        <translation>Sagt falsche Pixel mit AUROC %1 vorher</translation>
    </message>
    <message>
        <source>All iterations</source>
        <translation>Alle Iterationen</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>keine Paare</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed · %3 left</source>
        <translation>%1 von %2 geprüft · %3 übrig</translation>
    </message>
    <message>
        <source> · estimated gain left %1 %</source>
        <translation> · geschätzter Restgewinn %1 %</translation>
    </message>
    <message>
        <source>Nothing to review here.</source>
        <translation>Hier gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>S v%1, G v%2</source>
        <translation>S v%1, G v%2</translation>
    </message>
    <message>
        <source> · &lt;b&gt;empty label&lt;/b&gt;</source>
        <translation> · &lt;b&gt;leeres Label&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · label %1 % of the image</source>
        <translation> · Label %1 % des Bildes</translation>
    </message>
    <message>
        <source> · estimated Dice &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · geschätzter Dice &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · iteration %2 · %3 · consistency %4 · confidence %5 · L1 %6 · SSIM %7 · &lt;b&gt;%8&lt;/b&gt;%9 · %10 of %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Iteration %2 · %3 · Konsistenz %4 · Konfidenz %5 · L1 %6 · SSIM %7 · &lt;b&gt;%8&lt;/b&gt;%9 · %10 von %11</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of this queue qualify</source>
        <translation>
            <numerusform>%n Paar dieser Warteschlange kommt infrage</numerusform>
            <numerusform>%n Paare dieser Warteschlange kommen infrage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pair(s)</source>
        <translation>
            <numerusform>%n Paar annehmen</numerusform>
            <numerusform>%n Paare annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n pair(s) at once; Ctrl+Z undoes the whole batch.</source>
        <translation>
            <numerusform>%n Paar auf einmal angenommen; Strg+Z macht den ganzen Stapel rückgängig.</numerusform>
            <numerusform>%n Paare auf einmal angenommen; Strg+Z macht den ganzen Stapel rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export annotations to</source>
        <translation>Annotationen exportieren nach</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>%1 Export</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Export läuft… %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) (%1 accepted, %2 edited)</source>
        <translation>
            <numerusform>Exportiert: %n Annotation (%1 angenommen, %2 bearbeitet)</numerusform>
            <numerusform>Exportiert: %n Annotationen (%1 angenommen, %2 bearbeitet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n decision row(s) to %1</source>
        <translation>
            <numerusform> und %n Entscheidungszeile nach %1</numerusform>
            <numerusform> und %n Entscheidungszeilen nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: %1 is as it was.</source>
        <translation>Export abgebrochen: %1 ist unverändert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Editing %1: B brush, X eraser, P polygon, F fill, [ ] size · Enter saves, Esc cancels.</source>
        <translation>Bearbeitung von %1: B Pinsel, X Radierer, P Polygon, F Füllen, [ ] Größe · Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to the mask of %1?</source>
        <translation>Ihre Änderungen an der Maske von %1 verwerfen?</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewQueue</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Least consistent first</source>
        <translation>Geringste Konsistenz zuerst</translation>
    </message>
    <message>
        <source>Most consistent first</source>
        <translation>Höchste Konsistenz zuerst</translation>
    </message>
    <message>
        <source>Least confident first</source>
        <translation>Geringste Konfidenz zuerst</translation>
    </message>
    <message>
        <source>Most confident first</source>
        <translation>Höchste Konfidenz zuerst</translation>
    </message>
    <message>
        <source>Most changed by G first</source>
        <translation>Am stärksten von G verändert zuerst</translation>
    </message>
    <message>
        <source>By image name</source>
        <translation>Nach Bildname</translation>
    </message>
    <message>
        <source>Lowest estimated Dice first</source>
        <translation>Niedrigster geschätzter Dice zuerst</translation>
    </message>
    <message>
        <source>By a quality signal</source>
        <translation>Nach einem Qualitätssignal</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>To review (pending + held)</source>
        <translation>Zu prüfen (ausstehend + zurückgehalten)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Held back by the filter</source>
        <translation>Vom Filter zurückgehalten</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Alle Paare</translation>
    </message>
    <message>
        <source>%1 · it %2 · cons %3 · conf %4</source>
        <translation>%1 · It. %2 · Kons. %3 · Konf. %4</translation>
    </message>
    <message>
        <source> · est. Dice %1</source>
        <translation> · gesch. Dice %1</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewSession</name>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pair(s)</source>
        <translation>
            <numerusform>%n Paar annehmen</numerusform>
            <numerusform>%n Paare annehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the pairs of the project: %1</source>
        <translation>Die Paare des Projekts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This project is open read-only: decisions cannot be recorded.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: Entscheidungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No pair to decide on.</source>
        <translation>Kein Paar, über das entschieden werden kann.</translation>
    </message>
    <message>
        <source>Could not record the decision on %1: %2</source>
        <translation>Die Entscheidung zu %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No pair to save an edit for.</source>
        <translation>Kein Paar, für das eine Bearbeitung gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The image of %1 is no longer in the project.</source>
        <translation>Das Bild von %1 ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>The edited mask of %1 is %2 × %3 px, the image %4 × %5 px: not saved.</source>
        <translation>Die bearbeitete Maske von %1 ist %2 × %3 px, das Bild %4 × %5 px: nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the edit of %1: %2</source>
        <translation>Die Bearbeitung von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not record the batch decision: %1</source>
        <translation>Die Sammelentscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewView</name>
    <message>
        <source>No pair to review</source>
        <translation>Kein Paar zu prüfen</translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>%1 kann nicht angezeigt werden:
%2</translation>
    </message>
    <message>
        <source>x %1, y %2 · x_u %3</source>
        <translation>x %1, y %2 · x_u %3</translation>
    </message>
    <message>
        <source> · x&apos; %1</source>
        <translation> · x&apos; %1</translation>
    </message>
    <message>
        <source> · lesion</source>
        <translation> · Läsion</translation>
    </message>
    <message>
        <source> · background</source>
        <translation> · Hintergrund</translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunController</name>
    <message>
        <source>A run is in progress: stop it first.</source>
        <translation>Ein Lauf ist aktiv: Stoppen Sie ihn zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>S v%1 trained on %n image(s) in %2 s, final loss %3</source>
        <translation>
            <numerusform>S v%1 in %2 s auf %n Bild trainiert, letzter Loss %3</numerusform>
            <numerusform>S v%1 in %2 s auf %n Bildern trainiert, letzter Loss %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pseudo-labelled, mean confidence %1</source>
        <translation>
            <numerusform>%n Bild mit Pseudo-Label versehen, mittlere Konfidenz %1</numerusform>
            <numerusform>%n Bilder mit Pseudo-Labels versehen, mittlere Konfidenz %1</numerusform>
        </translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Stopped. What completed is kept; a new run continues after it.</source>
        <translation>Gestoppt. Abgeschlossenes bleibt erhalten; ein neuer Lauf macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunDialog</name>
    <message>
        <source>CPU quick</source>
        <translation>CPU schnell</translation>
    </message>
    <message>
        <source>Paper (GPU)</source>
        <translation>Paper (GPU)</translation>
    </message>
    <message>
        <source>Smoke test (seconds)</source>
        <translation>Schnelltest (Sekunden)</translation>
    </message>
    <message>
        <source>New Run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>Train S on the labelled images</source>
        <translation>S auf den annotierten Bildern trainieren</translation>
    </message>
    <message>
        <source>Pseudo-label the unlabelled images with S</source>
        <translation>Pseudo-Labels für nicht annotierte Bilder mit S erzeugen</translation>
    </message>
    <message>
        <source>MIPR iterations (train S, train G, annotate)</source>
        <translation>MIPR-Iterationen (S trainieren, G trainieren, annotieren)</translation>
    </message>
    <message>
        <source>Table-1 experiment (MIPR against baselines, a report)</source>
        <translation>Tabelle-1-Experiment (MIPR gegen Vergleichsmethoden, mit Bericht)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Vorgabe anwenden</translation>
    </message>
    <message>
        <source>Replace every value below with the preset&apos;s</source>
        <translation>Jeden Wert unten durch den der Vorgabe ersetzen</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>Automatisch (erste GPU, sonst CPU)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>
From %1 to %2</source>
        <translation>
Von %1 bis %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>%1 (not found here)</source>
        <translation>%1 (hier nicht gefunden)</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>S: %1 at %2 × %2 px, width %3, %n epoch(s).</source>
        <translation>
            <numerusform>S: %1 mit %2 × %2 px, Breite %3, %n Epoche.</numerusform>
            <numerusform>S: %1 mit %2 × %2 px, Breite %3, %n Epochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest S pseudo-labels every unlabelled image (threshold %1).</source>
        <translation>Das neueste S erzeugt Pseudo-Labels für jedes nicht annotierte Bild (Schwellwert %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n MIPR iteration(s): S %1 epochs, G %2 epochs at %3 × %3 px; kept pairs %4.</source>
        <translation>
            <numerusform>%n MIPR-Iteration: S %1 Epochen, G %2 Epochen bei %3 × %3 px; behaltene Paare %4.</numerusform>
            <numerusform>%n MIPR-Iterationen: S %1 Epochen, G %2 Epochen bei %3 × %3 px; behaltene Paare %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>are accepted</source>
        <translation>werden angenommen</translation>
    </message>
    <message>
        <source>wait for review</source>
        <translation>warten auf Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>Table 1 over %n seed(s)</source>
        <translation>
            <numerusform>Tabelle 1 über %n Seed</numerusform>
            <numerusform>Tabelle 1 über %n Seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n iteration(s) each; writes a report in reports/.</source>
        <translation>
            <numerusform>, je %n Iteration; schreibt einen Bericht nach reports/.</numerusform>
            <numerusform>, je %n Iterationen; schreibt einen Bericht nach reports/.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ViewerToolBar</name>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Doctor mask</source>
        <translation>Arztmaske</translation>
    </message>
    <message>
        <source>Overlay the clinician&apos;s mask (D)</source>
        <translation>Maske des Arztes überlagern (D)</translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation>Pseudo-Label</translation>
    </message>
    <message>
        <source>Overlay the model&apos;s pseudo-label (P)</source>
        <translation>Pseudo-Label des Modells überlagern (P)</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagerung</translation>
    </message>
    <message>
        <source>Show or hide the mask overlay (O)</source>
        <translation>Maskenüberlagerung ein- oder ausblenden (O)</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Draw the mask as a translucent fill</source>
        <translation>Maske als durchscheinende Fläche zeichnen</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Draw the mask&apos;s outline</source>
        <translation>Umriss der Maske zeichnen</translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation> Deckkraft </translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Deckkraft der Überlagerung</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Herauszoomen (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Hineinzoomen (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation>Bild ins Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Ein Bildpixel pro Bildschirmpixel (1)</translation>
    </message>
</context>
</TS>
