<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Import cancelled; images imported so far are kept.</source>
        <translation>Importación cancelada; se conservan las imágenes importadas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MIPR Studio: semi-automatic annotation of dermoscopy images.</source>
        <translation>MIPR Studio: anotación semiautomática de imágenes dermatoscópicas.</translation>
    </message>
    <message>
        <source>Project folder, or its project.mipr file, to open (optional).</source>
        <translation>Carpeta del proyecto, o su archivo project.mipr, que abrir (opcional).</translation>
    </message>
    <message>
        <source>Language of this session (de, en, es, zh_CN); default: Preferences, else the system&apos;s.</source>
        <translation>Idioma de esta sesión (de, en, es, zh_CN); por omisión: el de las preferencias, si no, el del sistema.</translation>
    </message>
    <message>
        <source>Page to show first: browse, review, cockpit or results.</source>
        <translation>Página que mostrar primero: browse, review, cockpit o results.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once the project is shown, then quit (with QT_QPA_PLATFORM=offscreen: no display needed).</source>
        <translation>Guardar una imagen de la ventana en este archivo PNG cuando se muestre el proyecto y salir (con QT_QPA_PLATFORM=offscreen no hace falta pantalla).</translation>
    </message>
</context>
<context>
    <name>mipr::pipeline::Settings</name>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>MIPR iterations</source>
        <translation>iteraciones MIPR</translation>
    </message>
    <message>
        <source>Accepted pairs add</source>
        <translation>Los pares aceptados aportan</translation>
    </message>
    <message>
        <source>what an accepted pair adds to S&apos;s training set: the real image with t&apos; (real), x&apos; with t&apos; (generated), or both</source>
        <translation>lo que un par aceptado aporta al conjunto de entrenamiento de S: la imagen real con t&apos; (real), x&apos; con t&apos; (generada) o ambas</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generada</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>Accept without review</source>
        <translation>Aceptar sin revisión</translation>
    </message>
    <message>
        <source>pairs that pass the filter are accepted (the paper&apos;s automatic mode); off: they wait for a reviewer</source>
        <translation>los pares que superan el filtro se aceptan (el modo automático del artículo); desactivado: esperan a un revisor</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>random seed of the loop (S, G, augmentation)</source>
        <translation>semilla aleatoria del bucle (S, G, aumento de datos)</translation>
    </message>
    <message>
        <source>Annotation batch</source>
        <translation>Lote de anotación</translation>
    </message>
    <message>
        <source>unlabelled images per S and G inference batch while annotating</source>
        <translation>imágenes sin etiquetar por lote de inferencia de S y G durante la anotación</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>S&apos;s network</source>
        <translation>la red de S</translation>
    </message>
    <message>
        <source>unet</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <source>attention-unet</source>
        <translation>Attention U-Net</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <source>images are resized to this square size (a multiple of 2^depth)</source>
        <translation>las imágenes se redimensionan a este tamaño cuadrado (un múltiplo de 2^profundidad)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>U-Net base width (channels of the first level)</source>
        <translation>anchura base de la U-Net (canales del primer nivel)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>U-Net depth (down-samplings)</source>
        <translation>profundidad de la U-Net (número de submuestreos)</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>epochs of S on the labelled set (larger sets get about the same samples)</source>
        <translation>épocas de S en el conjunto etiquetado (los conjuntos más grandes reciben aproximadamente el mismo número de muestras)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>images per optimiser step</source>
        <translation>imágenes por paso del optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Adam learning rate (cosine-annealed)</source>
        <translation>tasa de aprendizaje de Adam (con decaimiento coseno)</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>random flips and 90° rotations of image and mask</source>
        <translation>volteos aleatorios y rotaciones de 90° de la imagen y la máscara</translation>
    </message>
    <message>
        <source>G and D</source>
        <translation>G y D</translation>
    </message>
    <message>
        <source>G width</source>
        <translation>Anchura de G</translation>
    </message>
    <message>
        <source>G&apos;s encoder: channels of the first block</source>
        <translation>codificador de G: canales del primer bloque</translation>
    </message>
    <message>
        <source>G max width</source>
        <translation>Anchura máxima de G</translation>
    </message>
    <message>
        <source>G&apos;s widest block</source>
        <translation>el bloque más ancho de G</translation>
    </message>
    <message>
        <source>G blocks</source>
        <translation>Bloques de G</translation>
    </message>
    <message>
        <source>G&apos;s stride-2 encoder blocks</source>
        <translation>bloques del codificador de G con paso 2</translation>
    </message>
    <message>
        <source>SPADE hidden</source>
        <translation>Canales ocultos SPADE</translation>
    </message>
    <message>
        <source>channels of SPADE&apos;s shared layer</source>
        <translation>canales de la capa compartida de SPADE</translation>
    </message>
    <message>
        <source>D width</source>
        <translation>Anchura de D</translation>
    </message>
    <message>
        <source>discriminator base filters</source>
        <translation>filtros base del discriminador</translation>
    </message>
    <message>
        <source>epochs of G and D on the labelled set (larger sets get about the same samples)</source>
        <translation>épocas de G y D en el conjunto etiquetado (los conjuntos más grandes reciben aproximadamente el mismo número de muestras)</translation>
    </message>
    <message>
        <source>images per G and D step</source>
        <translation>imágenes por paso de G y D</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>Tasa de aprendizaje de G</translation>
    </message>
    <message>
        <source>Adam learning rate of G</source>
        <translation>tasa de aprendizaje de Adam para G</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>Tasa de aprendizaje de D</translation>
    </message>
    <message>
        <source>Adam learning rate of D (TTUR)</source>
        <translation>tasa de aprendizaje de Adam para D (TTUR)</translation>
    </message>
    <message>
        <source>λ feature matching</source>
        <translation>λ coincidencia de características</translation>
    </message>
    <message>
        <source>weight of D&apos;s feature-matching loss</source>
        <translation>peso de la pérdida de coincidencia de características de D</translation>
    </message>
    <message>
        <source>λ L1</source>
        <translation>λ L1</translation>
    </message>
    <message>
        <source>weight of the L1 loss of x&apos; to x</source>
        <translation>peso de la pérdida L1 de x&apos; respecto a x</translation>
    </message>
    <message>
        <source>λ consistency</source>
        <translation>λ consistencia</translation>
    </message>
    <message>
        <source>weight of the S-consistency loss</source>
        <translation>peso de la pérdida de consistencia S</translation>
    </message>
    <message>
        <source>SPADE+ detail path</source>
        <translation>Rama de detalle SPADE+</translation>
    </message>
    <message>
        <source>the Sobel detail path (off: plain SPADE, an ablation)</source>
        <translation>la rama de detalle de Sobel (desactivada: SPADE simple, una ablación)</translation>
    </message>
    <message>
        <source>Patch shuffle</source>
        <translation>Barajado de parches</translation>
    </message>
    <message>
        <source>G&apos;s encoder reads a patch-shuffled copy of the image (off: an ablation)</source>
        <translation>el codificador de G lee una copia de la imagen con los parches barajados (desactivado: una ablación)</translation>
    </message>
    <message>
        <source>Patch grid K</source>
        <translation>Rejilla de parches K</translation>
    </message>
    <message>
        <source>patch shuffle: the image is cut into K×K patches, K drawn from this list each step</source>
        <translation>barajado de parches: la imagen se corta en K×K parches; K se elige de esta lista en cada paso</translation>
    </message>
    <message>
        <source>S-consistency</source>
        <translation>Consistencia S</translation>
    </message>
    <message>
        <source>the S-consistency loss (off: an ablation)</source>
        <translation>la pérdida de consistencia S (desactivada: una ablación)</translation>
    </message>
    <message>
        <source>Post-processing</source>
        <translation>Posprocesado</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>probability above which a pixel is lesion</source>
        <translation>probabilidad por encima de la cual un píxel se considera lesión</translation>
    </message>
    <message>
        <source>Largest component</source>
        <translation>Componente mayor</translation>
    </message>
    <message>
        <source>keep only the largest connected component</source>
        <translation>conservar solo el mayor componente conexo</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>Rellenar huecos</translation>
    </message>
    <message>
        <source>fill holes in the mask</source>
        <translation>rellenar los huecos de la máscara</translation>
    </message>
    <message>
        <source>Opening radius</source>
        <translation>Radio de apertura</translation>
    </message>
    <message>
        <source>morphological opening radius in pixels (0: off)</source>
        <translation>radio de la apertura morfológica en píxeles (0: desactivada)</translation>
    </message>
    <message>
        <source>Closing radius</source>
        <translation>Radio de cierre</translation>
    </message>
    <message>
        <source>morphological closing radius in pixels (0: off)</source>
        <translation>radio del cierre morfológico en píxeles (0: desactivado)</translation>
    </message>
    <message>
        <source>Least lesion area</source>
        <translation>Área mínima de lesión</translation>
    </message>
    <message>
        <source>masks with less lesion than this fraction of the image become empty</source>
        <translation>las máscaras con menos lesión que esta fracción de la imagen quedan vacías</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Least consistency</source>
        <translation>Consistencia mínima</translation>
    </message>
    <message>
        <source>least Dice of S on x&apos; against t&apos;</source>
        <translation>Dice mínimo de S sobre x&apos; frente a t&apos;</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>Confianza mínima</translation>
    </message>
    <message>
        <source>least mean confidence of S on x_u</source>
        <translation>confianza media mínima de S sobre x_u</translation>
    </message>
    <message>
        <source>Most L1</source>
        <translation>L1 máximo</translation>
    </message>
    <message>
        <source>largest mean |x&apos; - x_u| (images in [0,1])</source>
        <translation>media máxima de |x&apos; - x_u| (imágenes en [0,1])</translation>
    </message>
    <message>
        <source>Least SSIM</source>
        <translation>SSIM mínimo</translation>
    </message>
    <message>
        <source>least SSIM of x&apos; to x_u</source>
        <translation>SSIM mínimo de x&apos; respecto a x_u</translation>
    </message>
    <message>
        <source>Keep fraction</source>
        <translation>Fracción conservada</translation>
    </message>
    <message>
        <source>at most this fraction of an iteration&apos;s pairs is kept, those on which S is most confident (1: every pair that passes the thresholds)</source>
        <translation>se conserva como máximo esta fracción de los pares de una iteración, aquellos en los que S tiene más confianza (1: todos los pares que superan los umbrales)</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <source>seeds of the Table-1 protocol (0, 1, ...)</source>
        <translation>semillas del protocolo de la Tabla 1 (0, 1, ...)</translation>
    </message>
    <message>
        <source>Labelled-only epochs</source>
        <translation>Épocas (solo etiquetadas)</translation>
    </message>
    <message>
        <source>epochs of the labelled-only S (the other rows get as many samples)</source>
        <translation>épocas del S entrenado solo con las imágenes etiquetadas (las demás filas reciben el mismo número de muestras)</translation>
    </message>
    <message>
        <source>Least epochs</source>
        <translation>Épocas mínimas</translation>
    </message>
    <message>
        <source>least epochs of a fresh S on a larger set</source>
        <translation>épocas mínimas de un S nuevo en un conjunto más grande</translation>
    </message>
    <message>
        <source>Self-training baseline</source>
        <translation>Referencia de autoentrenamiento</translation>
    </message>
    <message>
        <source>the plain self-training rows</source>
        <translation>las filas de autoentrenamiento simple</translation>
    </message>
    <message>
        <source>Unselected control each iteration</source>
        <translation>Control sin selección en cada iteración</translation>
    </message>
    <message>
        <source>all of iteration k&apos;s real pairs at every iteration (off: the last only)</source>
        <translation>todos los pares reales de la iteración k en cada iteración (desactivado: solo en la última)</translation>
    </message>
    <message>
        <source>Side-by-side trainings</source>
        <translation>Entrenamientos en paralelo</translation>
    </message>
    <message>
        <source>fresh S&apos;s trained side by side on the CPU</source>
        <translation>modelos S nuevos entrenados en paralelo en la CPU</translation>
    </message>
    <message>
        <source>A loop per seed</source>
        <translation>Un bucle por semilla</translation>
    </message>
    <message>
        <source>each seed runs its own MIPR loop (off: the project&apos;s loop serves every seed)</source>
        <translation>cada semilla ejecuta su propio bucle MIPR (desactivado: el bucle del proyecto sirve para todas las semillas)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Oracle accepts at Dice</source>
        <translation>Dice de aceptación del oráculo</translation>
    </message>
    <message>
        <source>simulate-review: a pseudo-label with at least this Dice against the doctor mask is accepted, any other edited</source>
        <translation>simulate-review: se acepta una pseudoetiqueta con al menos este Dice frente a la máscara del médico; cualquier otra se edita</translation>
    </message>
    <message>
        <source>Seconds to accept</source>
        <translation>Segundos para aceptar</translation>
    </message>
    <message>
        <source>modelled cost of looking at a pair and accepting it</source>
        <translation>coste modelado de examinar un par y aceptarlo</translation>
    </message>
    <message>
        <source>Seconds to edit</source>
        <translation>Segundos para editar</translation>
    </message>
    <message>
        <source>modelled cost of correcting a label</source>
        <translation>coste modelado de corregir una etiqueta</translation>
    </message>
    <message>
        <source>Seconds from scratch</source>
        <translation>Segundos desde cero</translation>
    </message>
    <message>
        <source>modelled cost of labelling one image from scratch</source>
        <translation>coste modelado de etiquetar una imagen desde cero</translation>
    </message>
    <message>
        <source>Retrain every</source>
        <translation>Reentrenar cada</translation>
    </message>
    <message>
        <source>simulate-review: S is retrained and scored after every this many decisions</source>
        <translation>simulate-review: S se reentrena y se evalúa cada vez que se toma este número de decisiones</translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation>Semillas por punto</translation>
    </message>
    <message>
        <source>simulate-review: S&apos;s trained per point of a cost curve, their test Dice averaged</source>
        <translation>simulate-review: modelos S entrenados por punto de una curva de coste, con su Dice de prueba promediado</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>Curvas de coste</translation>
    </message>
    <message>
        <source>strategies with a cost curve besides random, the best by Spearman (0: all)</source>
        <translation>estrategias con curva de coste además de la aleatoria, las mejores según Spearman (0: todas)</translation>
    </message>
    <message>
        <source>Quality signals</source>
        <translation>Señales de calidad</translation>
    </message>
    <message>
        <source>after each iteration, the pairs&apos; quality signals and learned Dice estimate (a few short trainings of S)</source>
        <translation>tras cada iteración, las señales de calidad de los pares y la estimación aprendida del Dice (unos pocos entrenamientos cortos de S)</translation>
    </message>
    <message>
        <source>Estimate folds</source>
        <translation>Pliegues de estimación</translation>
    </message>
    <message>
        <source>folds of the labelled split for the learned Dice estimate&apos;s out-of-fold fit</source>
        <translation>pliegues de la partición etiquetada para el ajuste fuera de pliegue de la estimación aprendida del Dice</translation>
    </message>
    <message>
        <source>Changed pixel</source>
        <translation>Píxel cambiado</translation>
    </message>
    <message>
        <source>a pixel counts as changed by G when |x&apos; - x_u| exceeds this (images in [0,1])</source>
        <translation>un píxel cuenta como cambiado por G cuando |x&apos; - x_u| supera este valor (imágenes en [0,1])</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>auto | cpu | cuda | cuda:N</source>
        <translation>auto | cpu | cuda | cuda:N</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>intra-op threads on the CPU (0: one per core)</source>
        <translation>hilos intra-op en la CPU (0: uno por núcleo)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>auto (bfloat16 autocast + channels-last on CUDA, float32 on the CPU), fp32, mixed, channels-last</source>
        <translation>automático (autocast bfloat16 + channels-last en CUDA, float32 en la CPU), fp32, mixta, channels-last</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixta</translation>
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
        <translation>confianza media de S</translation>
    </message>
    <message>
        <source>S&apos;s predictive entropy</source>
        <translation>entropía predictiva de S</translation>
    </message>
    <message>
        <source>S&apos;s agreement under flips (TTA)</source>
        <translation>concordancia de S ante volteos (TTA)</translation>
    </message>
    <message>
        <source>agreement with the previous S</source>
        <translation>concordancia con el S anterior</translation>
    </message>
    <message>
        <source>consistency Dice(S(x&apos;), t&apos;)</source>
        <translation>consistencia Dice(S(x&apos;), t&apos;)</translation>
    </message>
    <message>
        <source>L1 of x&apos; against x_u</source>
        <translation>L1 de x&apos; frente a x_u</translation>
    </message>
    <message>
        <source>SSIM of x&apos; against x_u</source>
        <translation>SSIM de x&apos; frente a x_u</translation>
    </message>
    <message>
        <source>G&apos;s changes in the border band</source>
        <translation>cambios de G en la franja del borde</translation>
    </message>
    <message>
        <source>G&apos;s changes off the border band</source>
        <translation>cambios de G fuera de la franja del borde</translation>
    </message>
    <message>
        <source>label area</source>
        <translation>área de la etiqueta</translation>
    </message>
    <message>
        <source>label border irregularity</source>
        <translation>irregularidad del borde de la etiqueta</translation>
    </message>
    <message>
        <source>components of S&apos;s raw mask</source>
        <translation>componentes de la máscara bruta de S</translation>
    </message>
    <message>
        <source>learned Dice estimate</source>
        <translation>estimación aprendida del Dice</translation>
    </message>
    <message>
        <source>random order</source>
        <translation>orden aleatorio</translation>
    </message>
</context>
<context>
    <name>mipr::ui</name>
    <message>
        <source>Labelled</source>
        <translation>Etiquetada</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>pseudo-label</source>
        <translation>pseudoetiqueta</translation>
    </message>
</context>
<context>
    <name>mipr::ui::CockpitPanel</name>
    <message>
        <source>iteration %1/%2</source>
        <translation>iteración %1/%2</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>iteración %1</translation>
    </message>
    <message>
        <source>loading images</source>
        <translation>cargando imágenes</translation>
    </message>
    <message>
        <source>training S</source>
        <translation>entrenando S</translation>
    </message>
    <message>
        <source>training G and D</source>
        <translation>entrenando G y D</translation>
    </message>
    <message>
        <source>pseudo-labelling and rearranging</source>
        <translation>pseudoetiquetando y reordenando</translation>
    </message>
    <message>
        <source>pseudo-labelling</source>
        <translation>pseudoetiquetando</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>experimento</translation>
    </message>
    <message>
        <source>iteration done</source>
        <translation>iteración completada</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>No run in progress.</source>
        <translation>No hay ninguna ejecución en curso.</translation>
    </message>
    <message>
        <source>New Run…</source>
        <translation>Nueva ejecución…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop at the next step: what completed is kept, and a new run continues after it</source>
        <translation>Detener en el siguiente paso: lo completado se conserva y una nueva ejecución continúa a partir de ahí</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Ejecución finalizada: %1</translation>
    </message>
    <message>
        <source>Run stopped. %1</source>
        <translation>Ejecución detenida. %1</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Ejecución fallida: %1</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>S training</source>
        <translation>entrenamiento de S</translation>
    </message>
    <message>
        <source>MIPR iterations</source>
        <translation>iteraciones MIPR</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>loop %1/%2: %3</source>
        <translation>bucle %1/%2: %3</translation>
    </message>
    <message>
        <source>iteration %1 done</source>
        <translation>iteración %1 terminada</translation>
    </message>
    <message>
        <source> (out of memory: batch %1)</source>
        <translation> (sin memoria: lote %1)</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>época %1/%2</translation>
    </message>
</context>
<context>
    <name>mipr::ui::CurvesView</name>
    <message>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <source>Overlay earlier runs</source>
        <translation>Superponer ejecuciones anteriores</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Suavizado:</translation>
    </message>
    <message>
        <source>Exponential moving average of each curve (0: the raw values)</source>
        <translation>Media móvil exponencial de cada curva (0: los valores sin suavizar)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>No training curves yet: start a run (Run ▸ New Run…, or `mipr run` in a terminal); its curves appear here as it trains.</source>
        <translation>Aún no hay curvas de entrenamiento: inicie una ejecución (Ejecución ▸ Nueva ejecución…, o `mipr run` en un terminal); sus curvas aparecen aquí mientras entrena.</translation>
    </message>
    <message>
        <source>Export curves as PNG</source>
        <translation>Exportar curvas como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>Exportar curvas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>ejecución #%1: %2</translation>
    </message>
    <message>
        <source>S loss</source>
        <translation>pérdida de S</translation>
    </message>
    <message>
        <source>S training Dice</source>
        <translation>Dice de entrenamiento de S</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>pérdida de G</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>pérdida de D</translation>
    </message>
    <message>
        <source>feature matching</source>
        <translation>coincidencia de características</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>S-consistency</source>
        <translation>consistencia S</translation>
    </message>
    <message>
        <source>S learning rate</source>
        <translation>tasa de aprendizaje de S</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>tasa de aprendizaje de G</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>tasa de aprendizaje de D</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>pares</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservados</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>retenidos</translation>
    </message>
    <message>
        <source>mean consistency</source>
        <translation>consistencia media</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>confianza media</translation>
    </message>
    <message>
        <source>S: loss and training Dice per epoch</source>
        <translation>S: pérdida y Dice de entrenamiento por época</translation>
    </message>
    <message>
        <source>G and D: losses per epoch</source>
        <translation>G y D: pérdidas por época</translation>
    </message>
    <message>
        <source>Learning rates per epoch</source>
        <translation>Tasas de aprendizaje por época</translation>
    </message>
    <message>
        <source>Pairs and scores per iteration</source>
        <translation>Pares y puntuaciones por iteración</translation>
    </message>
    <message>
        <source>epoch (iterations one after another)</source>
        <translation>época (iteraciones una tras otra)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>L1 / consistency</source>
        <translation>L1 / consistencia</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
</context>
<context>
    <name>mipr::ui::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts — press ? or Esc to close</source>
        <translation>Atajos de teclado — pulse ? o Esc para cerrar</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageFilterProxy</name>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Etiquetadas</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>With pseudo-label</source>
        <translation>Con pseudoetiqueta</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageListDelegate</name>
    <message>
        <source>pseudo-label</source>
        <translation>pseudoetiqueta</translation>
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
        <translation>Ninguna imagen seleccionada</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>No se puede mostrar %1:
%2</translation>
    </message>
    <message>
        <source>Overlay hidden</source>
        <translation>Superposición oculta</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>Sin máscara</translation>
    </message>
</context>
<context>
    <name>mipr::ui::LogPane</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
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
        <translation>%1 — no se puede mostrar</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import Images…</source>
        <translation>&amp;Importar imágenes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Browse Images</source>
        <translation>&amp;Examinar imágenes</translation>
    </message>
    <message>
        <source>&amp;Review Pairs</source>
        <translation>&amp;Revisar pares</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;jecución</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Nueva ejecución…</translation>
    </message>
    <message>
        <source>Train S, pseudo-label, run MIPR iterations or the Table-1 experiment (Ctrl+R)</source>
        <translation>Entrenar S, pseudoetiquetar, ejecutar iteraciones MIPR o el experimento de la Tabla 1 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Show the &amp;Cockpit</source>
        <translation>Mostrar el panel de &amp;control</translation>
    </message>
    <message>
        <source>Show the &amp;Results</source>
        <translation>Mostrar los &amp;resultados</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About MIPR Studio</source>
        <translation>&amp;Acerca de MIPR Studio</translation>
    </message>
    <message>
        <source>About MIPR Studio</source>
        <translation>Acerca de MIPR Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MIPR Studio %1&lt;/h3&gt;&lt;p&gt;Semi-automatic annotation of dermoscopy images with pixel rearrangement.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MIPR Studio %1&lt;/h3&gt;&lt;p&gt;Anotación semiautomática de imágenes dermatoscópicas mediante reordenación de píxeles.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom 10000%</source>
        <translation>Zoom 10000%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import: what was imported so far is kept</source>
        <translation>Detener la importación: se conserva lo importado hasta ahora</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar lista</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Opened read-only: you can browse and look at pairs; decisions and imports are off.</source>
        <translation>Abierto en modo de solo lectura: puede explorar las imágenes y ver los pares; las decisiones y las importaciones están desactivadas.</translation>
    </message>
    <message>
        <source>This project is read-only for you: you can browse and look at pairs; decisions and imports are off.</source>
        <translation>Este proyecto es de solo lectura para usted: puede explorar las imágenes y ver los pares; las decisiones y las importaciones están desactivadas.</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>This project has no images yet.
Use File → Import Images… to add some.</source>
        <translation>Este proyecto aún no tiene imágenes.
Use Archivo → Importar imágenes… para añadir algunas.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Create or open a project (File menu).</source>
        <translation>Cree o abra un proyecto (menú Archivo).</translation>
    </message>
    <message>
        <source>%1 labelled · %2 unlabelled · %3 test · %4 with pseudo-label</source>
        <translation>%1 etiquetadas · %2 sin etiquetar · %3 de prueba · %4 con pseudoetiqueta</translation>
    </message>
    <message>
        <source>Cannot read project</source>
        <translation>No se puede leer el proyecto</translation>
    </message>
    <message>
        <source>MIPR Studio</source>
        <translation>MIPR Studio</translation>
    </message>
    <message>
        <source>%1 (read-only) — MIPR Studio</source>
        <translation>%1 (solo lectura) — MIPR Studio</translation>
    </message>
    <message>
        <source>%1 — MIPR Studio</source>
        <translation>%1 — MIPR Studio</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>Ninguna imagen seleccionada</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>New Project — choose an empty folder</source>
        <translation>Nuevo proyecto — elija una carpeta vacía</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Import Images — choose a dataset folder (ISIC, PH², or images/ + masks/)</source>
        <translation>Importar imágenes — elija la carpeta de un conjunto de datos (ISIC, PH², o images/ + masks/)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importación fallida</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Hay una ejecución en curso</translation>
    </message>
    <message>
        <source>Stop the run and close? What it completed is kept, and a new run continues after it.</source>
        <translation>¿Detener la ejecución y cerrar? Lo que haya completado se conserva y una nueva ejecución continuará a partir de ahí.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Seguir ejecutando</translation>
    </message>
    <message>
        <source>Stopping the run, then closing…</source>
        <translation>Deteniendo la ejecución; después se cerrará…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Ningún proyecto</translation>
    </message>
    <message>
        <source>Open or create a project first (File menu).</source>
        <translation>Primero abra o cree un proyecto (menú Archivo).</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>No se puede iniciar la ejecución</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>This project is open read-only: runs would change it.</source>
        <translation>Este proyecto está abierto en modo de solo lectura: una ejecución lo modificaría.</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>La ejecución ha fallado</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Ejecución finalizada.</translation>
    </message>
    <message>
        <source>Run stopped.</source>
        <translation>Ejecución detenida.</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>Ejecución fallida.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Ejecución: %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>Another MIPR Studio has this project open (%1), so it opened read-only here: you can browse and look at pairs; decisions, imports and runs are off. Close the other one to work on it here.</source>
        <translation>Otro MIPR Studio tiene este proyecto abierto (%1), así que aquí se abrió en solo lectura: puede examinar imágenes y ver pares; las decisiones, importaciones y ejecuciones están desactivadas. Cierre el otro para trabajar en él aquí.</translation>
    </message>
    <message>
        <source>its lock is held</source>
        <translation>su bloqueo está tomado</translation>
    </message>
</context>
<context>
    <name>mipr::ui::MaskEditor</name>
    <message>
        <source>Brush stroke</source>
        <translation>Trazo de pincel</translation>
    </message>
    <message>
        <source>Eraser stroke</source>
        <translation>Trazo de borrador</translation>
    </message>
    <message>
        <source>Polygon erase</source>
        <translation>Borrado por polígono</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Relleno por polígono</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Relleno de área</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>Rellenar huecos</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Agrandar</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Suavizar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>mipr::ui::OverlayPresenter</name>
    <message>
        <source>Doctor mask</source>
        <translation>Máscara del médico</translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation>Pseudoetiqueta</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>Sin máscara</translation>
    </message>
</context>
<context>
    <name>mipr::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>your name, recorded with each review decision</source>
        <translation>su nombre, que se registra con cada decisión de revisión</translation>
    </message>
    <message>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>Automático (la primera GPU; si no hay, la CPU)</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>uno por núcleo</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <source>Outline instead of fill</source>
        <translation>Contorno en lugar de relleno</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Nombre del revisor:</translation>
    </message>
    <message>
        <source>Default device of new runs:</source>
        <translation>Dispositivo por defecto de nuevas ejecuciones:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Overlay opacity:</source>
        <translation>Opacidad de la superposición:</translation>
    </message>
    <message>
        <source>A new language applies when the studio starts again.</source>
        <translation>El nuevo idioma se aplicará cuando vuelva a iniciar MIPR Studio.</translation>
    </message>
    <message>
        <source>%1 (not found here)</source>
        <translation>%1 (no encontrado aquí)</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ResultsPage</name>
    <message>
        <source>The project&apos;s experiment reports (reports/experiment-*) and review simulations (reports/simulate-review-*), newest first</source>
        <translation>Los informes de experimentos del proyecto (reports/experiment-*) y las simulaciones de revisión (reports/simulate-review-*), del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Look for new reports</source>
        <translation>Buscar informes nuevos</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>DSC chart…</source>
        <translation>Gráfico de DSC…</translation>
    </message>
    <message>
        <source>t-SNE plot…</source>
        <translation>Gráfico t-SNE…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (ours and the paper&apos;s figures) as CSV</source>
        <translation>Guardar la tabla tal como se muestra (nuestras cifras y las del artículo) como CSV</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
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
        <translation>DSC en % (media ± DE entre semillas)</translation>
    </message>
    <message>
        <source>Click a bar or a point for its figures; click a legend entry to hide or show it; drag to pan, wheel to zoom.</source>
        <translation>Haga clic en una barra o un punto para ver sus cifras; en una entrada de la leyenda para ocultarla o mostrarla; arrastre para desplazar y use la rueda para hacer zoom.</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist.</source>
        <translation>La carpeta del proyecto %1 no existe.</translation>
    </message>
    <message>
        <source>The project&apos;s reports folder leads outside the project (a link); it is not read.</source>
        <translation>La carpeta de informes del proyecto apunta fuera del proyecto (un enlace); no se lee.</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>No experiment report yet: run the Table-1 experiment from Run ▸ New run, or `mipr experiment PROJECT`</source>
        <translation>Aún no hay ningún informe de experimento: ejecute el experimento de la Tabla 1 desde Ejecución ▸ Nueva ejecución, o `mipr experiment PROJECT`</translation>
    </message>
    <message>
        <source>%1: no report is shown</source>
        <translation>%1: no se muestra ningún informe</translation>
    </message>
    <message>
        <source>%1 is a broken link</source>
        <translation>%1 es un enlace roto</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>Falta %1</translation>
    </message>
    <message>
        <source>%1 leads outside the project&apos;s reports folder (a link); it is not read</source>
        <translation>%1 apunta fuera de la carpeta de informes del proyecto (un enlace); no se lee</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB this page reads; it is not read</source>
        <translation>%1 ocupa %2 MB, más de los %3 MB que lee esta página; no se lee</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is more than %2 MB; it is not read</source>
        <translation>%1 ocupa más de %2 MB; no se lee</translation>
    </message>
    <message>
        <source>%1 is no longer a folder inside the project&apos;s reports</source>
        <translation>%1 ya no es una carpeta dentro de los informes del proyecto</translation>
    </message>
    <message>
        <source>Report folder: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; the full report: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (each order&apos;s decisions are in its review-&amp;lt;order&amp;gt; project)</source>
        <translation>Carpeta del informe: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; el informe completo: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (las decisiones de cada orden están en su proyecto review-&amp;lt;order&amp;gt;)</translation>
    </message>
    <message>
        <source>Report folder: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; the full report: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (the MIPR loop, the gain per seed and the image quality)</source>
        <translation>Carpeta del informe: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; el informe completo: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (el bucle MIPR, la ganancia por semilla y la calidad de imagen)</translation>
    </message>
    <message>
        <source>line %1: data_amount is not a count (&apos;%2&apos;)</source>
        <translation>línea %1: data_amount no es un recuento (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>line %1: %2 is not a number in [0, 1] (&apos;%3&apos;)</source>
        <translation>línea %1: %2 no es un número en [0, 1] (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>no rows under the header</source>
        <translation>no hay filas bajo el encabezado</translation>
    </message>
    <message>
        <source>line %1: kind &apos;%2&apos; is neither real nor generated</source>
        <translation>línea %1: kind &apos;%2&apos; no es ni real ni generated</translation>
    </message>
    <message>
        <source>line %1: x or y is not a number</source>
        <translation>línea %1: x o y no es un número</translation>
    </message>
    <message>
        <source>no points under the header</source>
        <translation>no hay puntos bajo el encabezado</translation>
    </message>
    <message>
        <source>The t-SNE points could not be read
(see the message above the table)</source>
        <translation>No se pudieron leer los puntos del t-SNE
(vea el mensaje sobre la tabla)</translation>
    </message>
    <message>
        <source>No t-SNE in this report
(needs at least 2 pairs
in the last iteration)</source>
        <translation>No hay t-SNE en este informe
(necesita al menos 2 pares
en la última iteración)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>This report has no t-SNE plot.</source>
        <translation>Este informe no tiene gráfico t-SNE.</translation>
    </message>
    <message>
        <source>Export the t-SNE plot</source>
        <translation>Exportar el gráfico t-SNE</translation>
    </message>
    <message>
        <source>Export the DSC chart</source>
        <translation>Exportar el gráfico de DSC</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportar la tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
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
        <translation>&lt;b&gt;Nuestro&lt;/b&gt;: los datos, la partición y el preajuste de este proyecto (media ± DE entre semillas). &lt;b&gt;Artículo&lt;/b&gt;: la Tabla 1 del artículo de MIPR para %1, en &lt;b&gt;ISIC 2018 a 256²&lt;/b&gt; (1800 imágenes sin etiquetar, 594 de prueba); se muestra para Doctor y MIPR[k], las filas que tiene el artículo. Datos distintos: compare la tendencia, no las cifras.</translation>
    </message>
    <message>
        <source> (report.md names no model; U-Net assumed.)</source>
        <translation> (report.md no indica ningún modelo; se supone U-Net.)</translation>
    </message>
    <message>
        <source>Per seed: %1</source>
        <translation>Por semilla: %1</translation>
    </message>
    <message>
        <source>The MIPR paper&apos;s Table 1 (ISIC 2018, 256²)</source>
        <translation>La Tabla 1 del artículo de MIPR (ISIC 2018, 256²)</translation>
    </message>
    <message>
        <source>The paper has no such row</source>
        <translation>El artículo no tiene esta fila</translation>
    </message>
    <message>
        <source>Test DSC per row, in % (mean ± std over seeds)</source>
        <translation>DSC de prueba por fila, en % (media ± DE entre semillas)</translation>
    </message>
    <message>
        <source>No rows to chart</source>
        <translation>No hay filas que representar</translation>
    </message>
    <message>
        <source>MIPR rows</source>
        <translation>Filas MIPR</translation>
    </message>
    <message>
        <source>Baselines (labelled only, Doctor, pseudo-labels, self-training)</source>
        <translation>Referencias (solo etiquetadas, Doctor, pseudoetiquetas, autoentrenamiento)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n training image(s)): DSC %2 %, ACC %3 %</source>
        <translation>
            <numerusform>%1 (%n imagen de entrenamiento): DSC %2 %, ACC %3 %</numerusform>
            <numerusform>%1 (%n imágenes de entrenamiento): DSC %2 %, ACC %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Test DSC per row, in % (mean ± std over seeds; axis from %1)</source>
        <translation>DSC de prueba por fila, en % (media ± DE entre semillas; eje desde %1)</translation>
    </message>
    <message>
        <source>t-SNE of S-encoder features</source>
        <translation>t-SNE de las características del codificador de S</translation>
    </message>
    <message>
        <source>t-SNE of S-encoder features, iteration %1</source>
        <translation>t-SNE de las características del codificador de S, iteración %1</translation>
    </message>
    <message>
        <source>5-NN real/generated accuracy %1 (50% = indistinguishable)</source>
        <translation>Exactitud 5-NN real/generada %1 (50 % = indistinguibles)</translation>
    </message>
    <message>
        <source>Generated x&apos; of %1</source>
        <translation>x&apos; generada de %1</translation>
    </message>
    <message>
        <source>Real x_u %1</source>
        <translation>x_u real %1</translation>
    </message>
    <message>
        <source>generated x&apos; (%1)</source>
        <translation>x&apos; generada (%1)</translation>
    </message>
    <message>
        <source>real x_u (%1)</source>
        <translation>x_u real (%1)</translation>
    </message>
    <message>
        <source>, iteration %1</source>
        <translation>, iteración %1</translation>
    </message>
    <message>
        <source>t-SNE of real and generated images</source>
        <translation>t-SNE de imágenes reales y generadas</translation>
    </message>
    <message>
        <source>Review order (strategy)</source>
        <translation>Orden de revisión (estrategia)</translation>
    </message>
    <message>
        <source>Spearman with true Dice</source>
        <translation>Spearman con el Dice real</translation>
    </message>
    <message>
        <source>AURC</source>
        <translation>AURC</translation>
    </message>
    <message>
        <source>Accepted / edited</source>
        <translation>Aceptados / editados</translation>
    </message>
    <message>
        <source>Doctor-level after</source>
        <translation>Nivel del médico tras</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>% of labelling all by hand</source>
        <translation>% de etiquetar todo a mano</translation>
    </message>
    <message>
        <source>Method[iter]</source>
        <translation>Método[iter]</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>DSC % (ours)</source>
        <translation>DSC % (nuestro)</translation>
    </message>
    <message>
        <source>ACC % (ours)</source>
        <translation>ACC % (nuestro)</translation>
    </message>
    <message>
        <source>Paper row</source>
        <translation>Fila del artículo</translation>
    </message>
    <message>
        <source>DSC % (paper)</source>
        <translation>DSC % (artículo)</translation>
    </message>
    <message>
        <source>ACC % (paper)</source>
        <translation>ACC % (artículo)</translation>
    </message>
    <message>
        <source>The MIPR paper&apos;s Table 1: ISIC 2018 at 256², not this project&apos;s data</source>
        <translation>La Tabla 1 del artículo de MIPR: ISIC 2018 a 256², no los datos de este proyecto</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Test Dice: labelled only %2, MIPR pairs without review %3, every image labelled by hand %4. Per pixel, |x&apos; − x_u| predicts a wrong label with AUROC %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Dice de prueba: solo etiquetadas %2, pares MIPR sin revisión %3, todas las imágenes etiquetadas a mano %4. Por píxel, |x&apos; − x_u| predice una etiqueta errónea con AUROC %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>no curve</source>
        <translation>sin curva</translation>
    </message>
    <message>
        <source>reviewer minutes (modelled)</source>
        <translation>minutos del revisor (modelados)</translation>
    </message>
    <message>
        <source>test Dice of S, %</source>
        <translation>Dice de prueba de S, %</translation>
    </message>
    <message>
        <source>Cost curves: S&apos;s test Dice against the reviewer&apos;s minutes, per review order</source>
        <translation>Curvas de coste: Dice de prueba de S frente a los minutos del revisor, por orden de revisión</translation>
    </message>
    <message>
        <source>line %1: minutes or test_dice is not a number</source>
        <translation>línea %1: minutes o test_dice no es un número</translation>
    </message>
    <message>
        <source>%1: test Dice %2 % after %3 reviewer minutes</source>
        <translation>%1: Dice de prueba %2 % tras %3 minutos del revisor</translation>
    </message>
    <message>
        <source>labelled only</source>
        <translation>solo etiquetadas</translation>
    </message>
    <message>
        <source>all labelled by hand (%1 min)</source>
        <translation>todas etiquetadas a mano (%1 min)</translation>
    </message>
    <message>
        <source>A review simulation has no t-SNE:
see its cost curves on the left</source>
        <translation>Una simulación de revisión no tiene t-SNE:
vea sus curvas de coste a la izquierda</translation>
    </message>
    <message>
        <source>Review simulation, %1   (%2)</source>
        <translation>Simulación de revisión, %1   (%2)</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>línea %1: texto tras unas comillas de cierre</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>línea %1: un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>no &apos;%1&apos; column in the header line</source>
        <translation>no hay columna &apos;%1&apos; en la línea de encabezado</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>línea %1: %2 campos, el encabezado tiene %3</translation>
    </message>
    <message>
        <source>%1: and %2 more problems</source>
        <translation>%1: y %2 problemas más</translation>
    </message>
    <message numerus="yes">
        <source>Doctor-level reached with %1 after %n decision(s), %2 min: %3 % of labelling all by hand.</source>
        <translation>
            <numerusform>Nivel del médico alcanzado con %1 tras %n decisión, %2 min: %3 % de etiquetar todo a mano.</numerusform>
            <numerusform>Nivel del médico alcanzado con %1 tras %n decisiones, %2 min: %3 % de etiquetar todo a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Doctor-level not reached; the highest curve is %1&apos;s.</source>
        <translation>Nivel del médico no alcanzado; la curva más alta es la de %1.</translation>
    </message>
    <message>
        <source>%1 in the report (mipr simulate-review)</source>
        <translation>%1 en el informe (mipr simulate-review)</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewCase</name>
    <message>
        <source>%1: the label is %2 × %3 px, the image %4 × %5 px; resized to the image</source>
        <translation>%1: la etiqueta mide %2 × %3 px y la imagen %4 × %5 px; se ha redimensionado a la imagen</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewPane</name>
    <message>
        <source>x_u  real image</source>
        <translation>x_u  imagen real</translation>
    </message>
    <message>
        <source>x_u + label  (editing)</source>
        <translation>x_u + etiqueta  (editando)</translation>
    </message>
    <message>
        <source>x_u + label</source>
        <translation>x_u + etiqueta</translation>
    </message>
    <message>
        <source>x&apos;  generated</source>
        <translation>x&apos;  generada</translation>
    </message>
    <message>
        <source>x&apos; + label</source>
        <translation>x&apos; + etiqueta</translation>
    </message>
    <message>
        <source>|x&apos; − x_u|  difference</source>
        <translation>|x&apos; − x_u|  diferencia</translation>
    </message>
    <message>
        <source>No generated image for this pair</source>
        <translation>No hay imagen generada para este par</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewPanel</name>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Edit the mask (after E)</source>
        <translation>Editar la máscara (tras E)</translation>
    </message>
    <message>
        <source>No pair matches the queue&apos;s filter.</source>
        <translation>Ningún par coincide con el filtro de la cola.</translation>
    </message>
    <message>
        <source>No pair selected.</source>
        <translation>Ningún par seleccionado.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Brush %1 px</source>
        <translation>Pincel %1 px</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Edit mask</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>First in queue</source>
        <translation>Primero de la cola</translation>
    </message>
    <message>
        <source>Last in queue</source>
        <translation>Último de la cola</translation>
    </message>
    <message>
        <source>&amp;Undo decision</source>
        <translation>&amp;Deshacer decisión</translation>
    </message>
    <message>
        <source>Redo decision</source>
        <translation>Rehacer decisión</translation>
    </message>
    <message>
        <source>&amp;Batch accept…</source>
        <translation>&amp;Lote…</translation>
    </message>
    <message>
        <source>E&amp;xport annotations…</source>
        <translation>E&amp;xportar anotaciones…</translation>
    </message>
    <message>
        <source>&amp;Two panes / four panes</source>
        <translation>Dos paneles / cua&amp;tro paneles</translation>
    </message>
    <message>
        <source>&amp;Difference heat map</source>
        <translation>Mapa de calor de &amp;diferencias</translation>
    </message>
    <message>
        <source>Error &amp;map overlay (|x&apos; − x_u| on the label)</source>
        <translation>Superposición del &amp;mapa de errores (|x&apos; − x_u| sobre la etiqueta)</translation>
    </message>
    <message>
        <source>&amp;Outline / fill</source>
        <translation>C&amp;ontorno / relleno</translation>
    </message>
    <message>
        <source>Show / &amp;hide label</source>
        <translation>Mostrar / ocu&amp;ltar etiqueta</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>Píxeles reales</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Ayuda de teclado</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <source>&amp;Polygon / lasso (click points, Enter closes)</source>
        <translation>Po&amp;lígono / lazo (clic en los puntos, Intro cierra)</translation>
    </message>
    <message>
        <source>&amp;Flood fill (Shift+click erases)</source>
        <translation>&amp;Rellenar área (Mayús+clic borra)</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>Pincel más pequeño</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>Pincel más grande</translation>
    </message>
    <message>
        <source>Fill &amp;holes</source>
        <translation>Rellenar &amp;huecos</translation>
    </message>
    <message>
        <source>&amp;Grow by one pixel</source>
        <translation>A&amp;grandar un píxel</translation>
    </message>
    <message>
        <source>&amp;Shrink by one pixel</source>
        <translation>Re&amp;ducir un píxel</translation>
    </message>
    <message>
        <source>S&amp;mooth outline</source>
        <translation>&amp;Suavizar contorno</translation>
    </message>
    <message>
        <source>&amp;Clear mask</source>
        <translation>Borrar &amp;máscara</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Deshacer trazo</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>Rehacer trazo</translation>
    </message>
    <message>
        <source>Save edit (the pair becomes &quot;edited&quot;)</source>
        <translation>Guardar edición (el par pasa a «editado»)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Rellenar área</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Agrandar</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Suavizar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>2 / 4 panes</source>
        <translation>2 / 4 vistas</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Keys ?</source>
        <translation>Teclas ?</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>%v / %m reviewed</source>
        <translation>%v / %m revisados</translation>
    </message>
    <message>
        <source>Accept every pair to review with consistency ≥</source>
        <translation>Aceptar todos los pares por revisar con consistencia ≥</translation>
    </message>
    <message>
        <source>By %1 (best in the simulation)</source>
        <translation>Por %1 (la mejor en la simulación)</translation>
    </message>
    <message>
        <source>Not measured yet: run mipr simulate-review</source>
        <translation>Aún sin medir: ejecute mipr simulate-review</translation>
    </message>
    <message>
        <source>Predicts wrong pixels with AUROC %1</source>
        <translation>Predice los píxeles erróneos con AUROC %1</translation>
    </message>
    <message>
        <source>All iterations</source>
        <translation>Todas las iteraciones</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteración %1</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>sin pares</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed · %3 left</source>
        <translation>%1 de %2 revisados · quedan %3</translation>
    </message>
    <message>
        <source> · estimated gain left %1 %</source>
        <translation> · ganancia estimada restante %1 %</translation>
    </message>
    <message>
        <source>Nothing to review here.</source>
        <translation>Nada que revisar aquí.</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>S v%1, G v%2</source>
        <translation>S v%1, G v%2</translation>
    </message>
    <message>
        <source> · &lt;b&gt;empty label&lt;/b&gt;</source>
        <translation> · &lt;b&gt;etiqueta vacía&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · label %1 % of the image</source>
        <translation> · etiqueta: %1 % de la imagen</translation>
    </message>
    <message>
        <source> · estimated Dice &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · Dice estimado &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · iteration %2 · %3 · consistency %4 · confidence %5 · L1 %6 · SSIM %7 · &lt;b&gt;%8&lt;/b&gt;%9 · %10 of %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · iteración %2 · %3 · consistencia %4 · confianza %5 · L1 %6 · SSIM %7 · &lt;b&gt;%8&lt;/b&gt;%9 · %10 de %11</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of this queue qualify</source>
        <translation>
            <numerusform>%n par de esta cola cumple la condición</numerusform>
            <numerusform>%n pares de esta cola cumplen la condición</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pair(s)</source>
        <translation>
            <numerusform>Aceptar %n par</numerusform>
            <numerusform>Aceptar %n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n pair(s) at once; Ctrl+Z undoes the whole batch.</source>
        <translation>
            <numerusform>Se ha aceptado %n par de una vez; Ctrl+Z deshace todo el lote.</numerusform>
            <numerusform>Se han aceptado %n pares de una vez; Ctrl+Z deshace todo el lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export annotations to</source>
        <translation>Exportar anotaciones a</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>Exportación de %1</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exportando… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) (%1 accepted, %2 edited)</source>
        <translation>
            <numerusform>Se ha exportado %n anotación (aceptadas: %1, editadas: %2)</numerusform>
            <numerusform>Se han exportado %n anotaciones (aceptadas: %1, editadas: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n decision row(s) to %1</source>
        <translation>
            <numerusform> y %n fila de decisiones a %1</numerusform>
            <numerusform> y %n filas de decisiones a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: %1 is as it was.</source>
        <translation>Exportación cancelada: %1 queda como estaba.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exportación fallida: %1</translation>
    </message>
    <message>
        <source>Editing %1: B brush, X eraser, P polygon, F fill, [ ] size · Enter saves, Esc cancels.</source>
        <translation>Editando %1: B pincel, X borrador, P polígono, F relleno, [ ] tamaño · Intro guarda, Esc cancela.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard your changes to the mask of %1?</source>
        <translation>¿Descartar los cambios en la máscara de %1?</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewQueue</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>Least consistent first</source>
        <translation>Menor consistencia primero</translation>
    </message>
    <message>
        <source>Most consistent first</source>
        <translation>Mayor consistencia primero</translation>
    </message>
    <message>
        <source>Least confident first</source>
        <translation>Menor confianza primero</translation>
    </message>
    <message>
        <source>Most confident first</source>
        <translation>Mayor confianza primero</translation>
    </message>
    <message>
        <source>Most changed by G first</source>
        <translation>Más cambiados por G primero</translation>
    </message>
    <message>
        <source>By image name</source>
        <translation>Por nombre de imagen</translation>
    </message>
    <message>
        <source>Lowest estimated Dice first</source>
        <translation>Menor Dice estimado primero</translation>
    </message>
    <message>
        <source>By a quality signal</source>
        <translation>Por una señal de calidad</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>To review (pending + held)</source>
        <translation>Por revisar (pendientes + retenidos)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Held back by the filter</source>
        <translation>Retenidos por el filtro</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editados</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididos</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <source>%1 · it %2 · cons %3 · conf %4</source>
        <translation>%1 · it %2 · cons %3 · conf %4</translation>
    </message>
    <message>
        <source> · est. Dice %1</source>
        <translation> · Dice est. %1</translation>
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
            <numerusform>Aceptar %n par</numerusform>
            <numerusform>Aceptar %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the pairs of the project: %1</source>
        <translation>No se pueden leer los pares del proyecto: %1</translation>
    </message>
    <message>
        <source>This project is open read-only: decisions cannot be recorded.</source>
        <translation>Este proyecto está abierto en modo de solo lectura: no se pueden registrar decisiones.</translation>
    </message>
    <message>
        <source>No pair to decide on.</source>
        <translation>No hay ningún par sobre el que decidir.</translation>
    </message>
    <message>
        <source>Could not record the decision on %1: %2</source>
        <translation>No se pudo registrar la decisión sobre %1: %2</translation>
    </message>
    <message>
        <source>No pair to save an edit for.</source>
        <translation>No hay ningún par del que guardar una edición.</translation>
    </message>
    <message>
        <source>The image of %1 is no longer in the project.</source>
        <translation>La imagen de %1 ya no está en el proyecto.</translation>
    </message>
    <message>
        <source>The edited mask of %1 is %2 × %3 px, the image %4 × %5 px: not saved.</source>
        <translation>La máscara editada de %1 mide %2 × %3 px y la imagen %4 × %5 px: no se ha guardado.</translation>
    </message>
    <message>
        <source>Could not save the edit of %1: %2</source>
        <translation>No se pudo guardar la edición de %1: %2</translation>
    </message>
    <message>
        <source>Could not record the batch decision: %1</source>
        <translation>No se pudo registrar la decisión por lotes: %1</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewView</name>
    <message>
        <source>No pair to review</source>
        <translation>Ningún par que revisar</translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>No se puede mostrar %1:
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
        <translation> · lesión</translation>
    </message>
    <message>
        <source> · background</source>
        <translation> · fondo</translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunController</name>
    <message>
        <source>A run is in progress: stop it first.</source>
        <translation>Hay una ejecución en curso: deténgala primero.</translation>
    </message>
    <message numerus="yes">
        <source>S v%1 trained on %n image(s) in %2 s, final loss %3</source>
        <translation>
            <numerusform>S v%1 entrenado con %n imagen en %2 s, pérdida final %3</numerusform>
            <numerusform>S v%1 entrenado con %n imágenes en %2 s, pérdida final %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pseudo-labelled, mean confidence %1</source>
        <translation>
            <numerusform>%n imagen pseudoetiquetada, confianza media %1</numerusform>
            <numerusform>%n imágenes pseudoetiquetadas, confianza media %1</numerusform>
        </translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>informe: %1</translation>
    </message>
    <message>
        <source>Stopped. What completed is kept; a new run continues after it.</source>
        <translation>Se ha detenido. Lo completado se conserva; una nueva ejecución continuará a partir de ahí.</translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunDialog</name>
    <message>
        <source>CPU quick</source>
        <translation>CPU rápido</translation>
    </message>
    <message>
        <source>Paper (GPU)</source>
        <translation>Artículo (GPU)</translation>
    </message>
    <message>
        <source>Smoke test (seconds)</source>
        <translation>Prueba de humo (segundos)</translation>
    </message>
    <message>
        <source>New Run</source>
        <translation>Nueva ejecución</translation>
    </message>
    <message>
        <source>Train S on the labelled images</source>
        <translation>Entrenar S con las imágenes etiquetadas</translation>
    </message>
    <message>
        <source>Pseudo-label the unlabelled images with S</source>
        <translation>Pseudoetiquetar con S las imágenes sin etiquetar</translation>
    </message>
    <message>
        <source>MIPR iterations (train S, train G, annotate)</source>
        <translation>Iteraciones MIPR (entrenar S, entrenar G, anotar)</translation>
    </message>
    <message>
        <source>Table-1 experiment (MIPR against baselines, a report)</source>
        <translation>Experimento de la Tabla 1 (MIPR frente a referencias, un informe)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Aplicar preajuste</translation>
    </message>
    <message>
        <source>Replace every value below with the preset&apos;s</source>
        <translation>Sustituir todos los valores de abajo por los del preajuste</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>Automático (la primera GPU; si no hay, la CPU)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>
From %1 to %2</source>
        <translation>
De %1 a %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>%1 (not found here)</source>
        <translation>%1 (no encontrado aquí)</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
    </message>
    <message numerus="yes">
        <source>S: %1 at %2 × %2 px, width %3, %n epoch(s).</source>
        <translation>
            <numerusform>S: %1 a %2 × %2 px, anchura %3, %n época.</numerusform>
            <numerusform>S: %1 a %2 × %2 px, anchura %3, %n épocas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest S pseudo-labels every unlabelled image (threshold %1).</source>
        <translation>El S más reciente pseudoetiqueta todas las imágenes sin etiquetar (umbral %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n MIPR iteration(s): S %1 epochs, G %2 epochs at %3 × %3 px; kept pairs %4.</source>
        <translation>
            <numerusform>%n iteración MIPR: S %1 épocas, G %2 épocas a %3 × %3 px; los pares conservados %4.</numerusform>
            <numerusform>%n iteraciones MIPR: S %1 épocas, G %2 épocas a %3 × %3 px; los pares conservados %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>are accepted</source>
        <translation>se aceptan</translation>
    </message>
    <message>
        <source>wait for review</source>
        <translation>esperan revisión</translation>
    </message>
    <message numerus="yes">
        <source>Table 1 over %n seed(s)</source>
        <translation>
            <numerusform>Tabla 1 con %n semilla</numerusform>
            <numerusform>Tabla 1 con %n semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n iteration(s) each; writes a report in reports/.</source>
        <translation>
            <numerusform>, %n iteración cada una; escribe un informe en reports/.</numerusform>
            <numerusform>, %n iteraciones cada una; escribe un informe en reports/.</numerusform>
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
        <translation>Visor</translation>
    </message>
    <message>
        <source>Doctor mask</source>
        <translation>Máscara del médico</translation>
    </message>
    <message>
        <source>Overlay the clinician&apos;s mask (D)</source>
        <translation>Superponer la máscara del médico (D)</translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation>Pseudoetiqueta</translation>
    </message>
    <message>
        <source>Overlay the model&apos;s pseudo-label (P)</source>
        <translation>Superponer la pseudoetiqueta del modelo (P)</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposición</translation>
    </message>
    <message>
        <source>Show or hide the mask overlay (O)</source>
        <translation>Mostrar u ocultar la superposición de la máscara (O)</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Draw the mask as a translucent fill</source>
        <translation>Dibujar la máscara como un relleno translúcido</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>Draw the mask&apos;s outline</source>
        <translation>Dibujar el contorno de la máscara</translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation> Opacidad </translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Opacidad de la superposición</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation>Ajustar la imagen a la ventana (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Un píxel de la imagen por cada píxel de pantalla (1)</translation>
    </message>
</context>
</TS>
