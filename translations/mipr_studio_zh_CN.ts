<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Import cancelled; images imported so far are kept.</source>
        <translation>导入已取消；已导入的图像会保留。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MIPR Studio: semi-automatic annotation of dermoscopy images.</source>
        <translation>MIPR Studio：皮肤镜图像半自动标注。</translation>
    </message>
    <message>
        <source>Project folder, or its project.mipr file, to open (optional).</source>
        <translation>要打开的项目文件夹或其 project.mipr 文件（可选）。</translation>
    </message>
    <message>
        <source>Language of this session (de, en, es, zh_CN); default: Preferences, else the system&apos;s.</source>
        <translation>本次会话的语言（de、en、es、zh_CN）；默认：首选项中的语言，否则为系统语言。</translation>
    </message>
    <message>
        <source>Page to show first: browse, review, cockpit or results.</source>
        <translation>首先显示的页面：browse、review、cockpit 或 results。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once the project is shown, then quit (with QT_QPA_PLATFORM=offscreen: no display needed).</source>
        <translation>项目显示后将窗口图像保存到此 PNG 文件并退出（使用 QT_QPA_PLATFORM=offscreen 时无需显示器）。</translation>
    </message>
</context>
<context>
    <name>mipr::pipeline::Settings</name>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>MIPR iterations</source>
        <translation>MIPR 迭代次数</translation>
    </message>
    <message>
        <source>Accepted pairs add</source>
        <translation>已接受图像对加入</translation>
    </message>
    <message>
        <source>what an accepted pair adds to S&apos;s training set: the real image with t&apos; (real), x&apos; with t&apos; (generated), or both</source>
        <translation>已接受的图像对向 S 的训练集加入的内容：真实图像与 t&apos;（真实）、x&apos; 与 t&apos;（生成），或两者都加入（两者）</translation>
    </message>
    <message>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Accept without review</source>
        <translation>不经审阅直接接受</translation>
    </message>
    <message>
        <source>pairs that pass the filter are accepted (the paper&apos;s automatic mode); off: they wait for a reviewer</source>
        <translation>通过筛选的图像对直接接受（论文中的自动模式）；关闭：等待审阅者审阅</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>random seed of the loop (S, G, augmentation)</source>
        <translation>循环的随机种子（S、G、数据增强）</translation>
    </message>
    <message>
        <source>Annotation batch</source>
        <translation>标注批大小</translation>
    </message>
    <message>
        <source>unlabelled images per S and G inference batch while annotating</source>
        <translation>标注时 S 和 G 每个推理批次处理的未标注图像数</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>网络架构</translation>
    </message>
    <message>
        <source>S&apos;s network</source>
        <translation>S 的网络</translation>
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
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>images are resized to this square size (a multiple of 2^depth)</source>
        <translation>图像缩放为此边长的正方形（须为 2^深度 的倍数）</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>U-Net base width (channels of the first level)</source>
        <translation>U-Net 基础宽度（第一层级的通道数）</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>U-Net depth (down-samplings)</source>
        <translation>U-Net 深度（下采样次数）</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>epochs of S on the labelled set (larger sets get about the same samples)</source>
        <translation>S 在已标注集上的训练轮次（训练集更大时，按大致相同的样本总数训练）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>images per optimiser step</source>
        <translation>每个优化步的图像数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Adam learning rate (cosine-annealed)</source>
        <translation>Adam 学习率（余弦退火）</translation>
    </message>
    <message>
        <source>Augment</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>random flips and 90° rotations of image and mask</source>
        <translation>对图像和掩膜做随机翻转和 90° 旋转</translation>
    </message>
    <message>
        <source>G and D</source>
        <translation>G 和 D</translation>
    </message>
    <message>
        <source>G width</source>
        <translation>G 宽度</translation>
    </message>
    <message>
        <source>G&apos;s encoder: channels of the first block</source>
        <translation>G 的编码器：第一个块的通道数</translation>
    </message>
    <message>
        <source>G max width</source>
        <translation>G 最大宽度</translation>
    </message>
    <message>
        <source>G&apos;s widest block</source>
        <translation>G 最宽块的通道数</translation>
    </message>
    <message>
        <source>G blocks</source>
        <translation>G 块数</translation>
    </message>
    <message>
        <source>G&apos;s stride-2 encoder blocks</source>
        <translation>G 编码器中步长为 2 的块数</translation>
    </message>
    <message>
        <source>SPADE hidden</source>
        <translation>SPADE 隐藏层</translation>
    </message>
    <message>
        <source>channels of SPADE&apos;s shared layer</source>
        <translation>SPADE 共享层的通道数</translation>
    </message>
    <message>
        <source>D width</source>
        <translation>D 宽度</translation>
    </message>
    <message>
        <source>discriminator base filters</source>
        <translation>判别器的基础滤波器数</translation>
    </message>
    <message>
        <source>epochs of G and D on the labelled set (larger sets get about the same samples)</source>
        <translation>G 和 D 在已标注集上的训练轮次（训练集更大时，按大致相同的样本总数训练）</translation>
    </message>
    <message>
        <source>images per G and D step</source>
        <translation>G 和 D 每步的图像数</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G 学习率</translation>
    </message>
    <message>
        <source>Adam learning rate of G</source>
        <translation>G 的 Adam 学习率</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D 学习率</translation>
    </message>
    <message>
        <source>Adam learning rate of D (TTUR)</source>
        <translation>D 的 Adam 学习率（TTUR）</translation>
    </message>
    <message>
        <source>λ feature matching</source>
        <translation>λ 特征匹配</translation>
    </message>
    <message>
        <source>weight of D&apos;s feature-matching loss</source>
        <translation>D 特征匹配损失的权重</translation>
    </message>
    <message>
        <source>λ L1</source>
        <translation>λ L1</translation>
    </message>
    <message>
        <source>weight of the L1 loss of x&apos; to x</source>
        <translation>x&apos; 相对 x 的 L1 损失的权重</translation>
    </message>
    <message>
        <source>λ consistency</source>
        <translation>λ 一致性</translation>
    </message>
    <message>
        <source>weight of the S-consistency loss</source>
        <translation>S 一致性损失的权重</translation>
    </message>
    <message>
        <source>SPADE+ detail path</source>
        <translation>SPADE+ 细节通路</translation>
    </message>
    <message>
        <source>the Sobel detail path (off: plain SPADE, an ablation)</source>
        <translation>Sobel 细节通路（关闭：普通 SPADE，用于消融实验）</translation>
    </message>
    <message>
        <source>Patch shuffle</source>
        <translation>图块打乱</translation>
    </message>
    <message>
        <source>G&apos;s encoder reads a patch-shuffled copy of the image (off: an ablation)</source>
        <translation>G 的编码器读取图像经图块打乱后的副本（关闭：用于消融实验）</translation>
    </message>
    <message>
        <source>Patch grid K</source>
        <translation>图块网格 K</translation>
    </message>
    <message>
        <source>patch shuffle: the image is cut into K×K patches, K drawn from this list each step</source>
        <translation>图块打乱：图像切分为 K×K 个图块，每步从此列表中抽取 K</translation>
    </message>
    <message>
        <source>S-consistency</source>
        <translation>S 一致性</translation>
    </message>
    <message>
        <source>the S-consistency loss (off: an ablation)</source>
        <translation>S 一致性损失（关闭：用于消融实验）</translation>
    </message>
    <message>
        <source>Post-processing</source>
        <translation>后处理</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>probability above which a pixel is lesion</source>
        <translation>像素概率高于此值即判为病灶</translation>
    </message>
    <message>
        <source>Largest component</source>
        <translation>最大连通域</translation>
    </message>
    <message>
        <source>keep only the largest connected component</source>
        <translation>仅保留最大连通域</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>填充孔洞</translation>
    </message>
    <message>
        <source>fill holes in the mask</source>
        <translation>填充掩膜中的孔洞</translation>
    </message>
    <message>
        <source>Opening radius</source>
        <translation>开运算半径</translation>
    </message>
    <message>
        <source>morphological opening radius in pixels (0: off)</source>
        <translation>形态学开运算半径，单位为像素（0：关闭）</translation>
    </message>
    <message>
        <source>Closing radius</source>
        <translation>闭运算半径</translation>
    </message>
    <message>
        <source>morphological closing radius in pixels (0: off)</source>
        <translation>形态学闭运算半径，单位为像素（0：关闭）</translation>
    </message>
    <message>
        <source>Least lesion area</source>
        <translation>最小病灶面积</translation>
    </message>
    <message>
        <source>masks with less lesion than this fraction of the image become empty</source>
        <translation>病灶面积占图像比例低于此值的掩膜将置为空</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Least consistency</source>
        <translation>最低一致性</translation>
    </message>
    <message>
        <source>least Dice of S on x&apos; against t&apos;</source>
        <translation>S 在 x&apos; 上的预测与 t&apos; 之间的最低 Dice</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <source>least mean confidence of S on x_u</source>
        <translation>S 在 x_u 上的最低平均置信度</translation>
    </message>
    <message>
        <source>Most L1</source>
        <translation>最大 L1</translation>
    </message>
    <message>
        <source>largest mean |x&apos; - x_u| (images in [0,1])</source>
        <translation>平均 |x&apos; - x_u| 的最大值（图像取值范围 [0,1]）</translation>
    </message>
    <message>
        <source>Least SSIM</source>
        <translation>最低 SSIM</translation>
    </message>
    <message>
        <source>least SSIM of x&apos; to x_u</source>
        <translation>x&apos; 与 x_u 之间的最低 SSIM</translation>
    </message>
    <message>
        <source>Keep fraction</source>
        <translation>保留比例</translation>
    </message>
    <message>
        <source>at most this fraction of an iteration&apos;s pairs is kept, those on which S is most confident (1: every pair that passes the thresholds)</source>
        <translation>每次迭代最多保留此比例的图像对，优先保留 S 置信度最高的（1：保留所有通过阈值的图像对）</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>随机种子数</translation>
    </message>
    <message>
        <source>seeds of the Table-1 protocol (0, 1, ...)</source>
        <translation>表 1 实验方案的随机种子个数（依次为 0, 1, ...）</translation>
    </message>
    <message>
        <source>Labelled-only epochs</source>
        <translation>仅已标注轮次</translation>
    </message>
    <message>
        <source>epochs of the labelled-only S (the other rows get as many samples)</source>
        <translation>仅用已标注图像训练的 S 的轮次（其他行按相同的样本数训练）</translation>
    </message>
    <message>
        <source>Least epochs</source>
        <translation>最少轮次</translation>
    </message>
    <message>
        <source>least epochs of a fresh S on a larger set</source>
        <translation>在更大训练集上从头训练 S 的最少轮次</translation>
    </message>
    <message>
        <source>Self-training baseline</source>
        <translation>自训练基线</translation>
    </message>
    <message>
        <source>the plain self-training rows</source>
        <translation>包含普通自训练的结果行</translation>
    </message>
    <message>
        <source>Unselected control each iteration</source>
        <translation>每次迭代的未筛选对照</translation>
    </message>
    <message>
        <source>all of iteration k&apos;s real pairs at every iteration (off: the last only)</source>
        <translation>在每次迭代 k 都计算“迭代 k 的全部真实图像对”对照（关闭：仅最后一次迭代）</translation>
    </message>
    <message>
        <source>Side-by-side trainings</source>
        <translation>并行训练数</translation>
    </message>
    <message>
        <source>fresh S&apos;s trained side by side on the CPU</source>
        <translation>在 CPU 上并行从头训练的 S 个数</translation>
    </message>
    <message>
        <source>A loop per seed</source>
        <translation>每个随机种子单独循环</translation>
    </message>
    <message>
        <source>each seed runs its own MIPR loop (off: the project&apos;s loop serves every seed)</source>
        <translation>每个随机种子运行各自的 MIPR 循环（关闭：所有随机种子共用项目的循环）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Oracle accepts at Dice</source>
        <translation>模拟接受的 Dice 阈值</translation>
    </message>
    <message>
        <source>simulate-review: a pseudo-label with at least this Dice against the doctor mask is accepted, any other edited</source>
        <translation>simulate-review：与医生掩膜的 Dice 不低于此值的伪标签被接受，其余的被编辑</translation>
    </message>
    <message>
        <source>Seconds to accept</source>
        <translation>接受用时（秒）</translation>
    </message>
    <message>
        <source>modelled cost of looking at a pair and accepting it</source>
        <translation>查看并接受一个图像对的模型估算用时</translation>
    </message>
    <message>
        <source>Seconds to edit</source>
        <translation>编辑用时（秒）</translation>
    </message>
    <message>
        <source>modelled cost of correcting a label</source>
        <translation>修正一个标注的模型估算用时</translation>
    </message>
    <message>
        <source>Seconds from scratch</source>
        <translation>从头标注用时（秒）</translation>
    </message>
    <message>
        <source>modelled cost of labelling one image from scratch</source>
        <translation>从头标注一张图像的模型估算用时</translation>
    </message>
    <message>
        <source>Retrain every</source>
        <translation>重新训练间隔</translation>
    </message>
    <message>
        <source>simulate-review: S is retrained and scored after every this many decisions</source>
        <translation>simulate-review：每做出此数量的决定后，重新训练 S 并评分</translation>
    </message>
    <message>
        <source>Seeds per point</source>
        <translation>每点随机种子数</translation>
    </message>
    <message>
        <source>simulate-review: S&apos;s trained per point of a cost curve, their test Dice averaged</source>
        <translation>simulate-review：成本曲线每个点训练的 S 个数，取其测试集 Dice 的平均值</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>成本曲线数</translation>
    </message>
    <message>
        <source>strategies with a cost curve besides random, the best by Spearman (0: all)</source>
        <translation>除随机顺序外绘制成本曲线的策略数，按 Spearman 取最佳者（0：全部）</translation>
    </message>
    <message>
        <source>Quality signals</source>
        <translation>质量信号</translation>
    </message>
    <message>
        <source>after each iteration, the pairs&apos; quality signals and learned Dice estimate (a few short trainings of S)</source>
        <translation>每次迭代后计算图像对的质量信号和学习型 Dice 估计（需对 S 进行几次短训练）</translation>
    </message>
    <message>
        <source>Estimate folds</source>
        <translation>估计折数</translation>
    </message>
    <message>
        <source>folds of the labelled split for the learned Dice estimate&apos;s out-of-fold fit</source>
        <translation>已标注划分的折数，用于学习型 Dice 估计的折外（out-of-fold）拟合</translation>
    </message>
    <message>
        <source>Changed pixel</source>
        <translation>变化像素阈值</translation>
    </message>
    <message>
        <source>a pixel counts as changed by G when |x&apos; - x_u| exceeds this (images in [0,1])</source>
        <translation>|x&apos; - x_u| 超过此值时，像素视为被 G 改动（图像取值范围 [0,1]）</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>auto | cpu | cuda | cuda:N</source>
        <translation>auto | cpu | cuda | cuda:N（auto：自动；cuda:N：第 N 块 GPU）</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>intra-op threads on the CPU (0: one per core)</source>
        <translation>CPU 上的算子内线程数（0：每核一个）</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>auto (bfloat16 autocast + channels-last on CUDA, float32 on the CPU), fp32, mixed, channels-last</source>
        <translation>自动（CUDA 上为 bfloat16 autocast + channels-last，CPU 上为 float32）、fp32、混合精度、channels-last</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合精度</translation>
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
        <translation>S 的平均置信度</translation>
    </message>
    <message>
        <source>S&apos;s predictive entropy</source>
        <translation>S 的预测熵</translation>
    </message>
    <message>
        <source>S&apos;s agreement under flips (TTA)</source>
        <translation>S 在翻转下的吻合度（TTA）</translation>
    </message>
    <message>
        <source>agreement with the previous S</source>
        <translation>与上一版 S 的吻合度</translation>
    </message>
    <message>
        <source>consistency Dice(S(x&apos;), t&apos;)</source>
        <translation>一致性 Dice(S(x&apos;), t&apos;)</translation>
    </message>
    <message>
        <source>L1 of x&apos; against x_u</source>
        <translation>x&apos; 相对 x_u 的 L1</translation>
    </message>
    <message>
        <source>SSIM of x&apos; against x_u</source>
        <translation>x&apos; 与 x_u 的 SSIM</translation>
    </message>
    <message>
        <source>G&apos;s changes in the border band</source>
        <translation>G 在边界带内的改动</translation>
    </message>
    <message>
        <source>G&apos;s changes off the border band</source>
        <translation>G 在边界带外的改动</translation>
    </message>
    <message>
        <source>label area</source>
        <translation>标注面积</translation>
    </message>
    <message>
        <source>label border irregularity</source>
        <translation>标注边界不规则度</translation>
    </message>
    <message>
        <source>components of S&apos;s raw mask</source>
        <translation>S 原始掩膜的连通域数</translation>
    </message>
    <message>
        <source>learned Dice estimate</source>
        <translation>学习型 Dice 估计</translation>
    </message>
    <message>
        <source>random order</source>
        <translation>随机顺序</translation>
    </message>
</context>
<context>
    <name>mipr::ui</name>
    <message>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>pseudo-label</source>
        <translation>伪标签</translation>
    </message>
</context>
<context>
    <name>mipr::ui::CockpitPanel</name>
    <message>
        <source>iteration %1/%2</source>
        <translation>迭代 %1/%2</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>迭代 %1</translation>
    </message>
    <message>
        <source>loading images</source>
        <translation>正在加载图像</translation>
    </message>
    <message>
        <source>training S</source>
        <translation>正在训练 S</translation>
    </message>
    <message>
        <source>training G and D</source>
        <translation>正在训练 G 和 D</translation>
    </message>
    <message>
        <source>pseudo-labelling and rearranging</source>
        <translation>正在生成伪标签并重排像素</translation>
    </message>
    <message>
        <source>pseudo-labelling</source>
        <translation>正在生成伪标签</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>iteration done</source>
        <translation>迭代完成</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>No run in progress.</source>
        <translation>没有正在进行的运行。</translation>
    </message>
    <message>
        <source>New Run…</source>
        <translation>新建运行…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop at the next step: what completed is kept, and a new run continues after it</source>
        <translation>在下一步停止：已完成的部分会保留，新的运行将在此基础上继续</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>运行完成：%1</translation>
    </message>
    <message>
        <source>Run stopped. %1</source>
        <translation>运行已停止。%1</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>ETA %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>S training</source>
        <translation>训练 S</translation>
    </message>
    <message>
        <source>MIPR iterations</source>
        <translation>MIPR 迭代</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>loop %1/%2: %3</source>
        <translation>循环 %1/%2：%3</translation>
    </message>
    <message>
        <source>iteration %1 done</source>
        <translation>迭代 %1 完成</translation>
    </message>
    <message>
        <source> (out of memory: batch %1)</source>
        <translation>（内存不足：批大小 %1）</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>轮次 %1/%2</translation>
    </message>
</context>
<context>
    <name>mipr::ui::CurvesView</name>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Overlay earlier runs</source>
        <translation>叠加先前的运行</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <source>Exponential moving average of each curve (0: the raw values)</source>
        <translation>对每条曲线做指数移动平均（0：原始值）</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>No training curves yet: start a run (Run ▸ New Run…, or `mipr run` in a terminal); its curves appear here as it trains.</source>
        <translation>尚无训练曲线：请启动一次运行（运行 ▸ 新建运行…，或在终端中执行 `mipr run`）；训练过程中曲线会显示在这里。</translation>
    </message>
    <message>
        <source>Export curves as PNG</source>
        <translation>将曲线导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>将曲线导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>运行 #%1：%2</translation>
    </message>
    <message>
        <source>S loss</source>
        <translation>S 损失</translation>
    </message>
    <message>
        <source>S training Dice</source>
        <translation>S 训练 Dice</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>G 损失</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>D 损失</translation>
    </message>
    <message>
        <source>feature matching</source>
        <translation>特征匹配</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>S-consistency</source>
        <translation>S 一致性</translation>
    </message>
    <message>
        <source>S learning rate</source>
        <translation>S 学习率</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G 学习率</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D 学习率</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>图像对</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>未通过筛选</translation>
    </message>
    <message>
        <source>mean consistency</source>
        <translation>平均一致性</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <source>S: loss and training Dice per epoch</source>
        <translation>S：每轮次的损失和训练 Dice</translation>
    </message>
    <message>
        <source>G and D: losses per epoch</source>
        <translation>G 和 D：每轮次的损失</translation>
    </message>
    <message>
        <source>Learning rates per epoch</source>
        <translation>每轮次的学习率</translation>
    </message>
    <message>
        <source>Pairs and scores per iteration</source>
        <translation>每次迭代的图像对与分数</translation>
    </message>
    <message>
        <source>epoch (iterations one after another)</source>
        <translation>轮次（各次迭代依次排列）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>L1 / consistency</source>
        <translation>L1 / 一致性</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
</context>
<context>
    <name>mipr::ui::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts — press ? or Esc to close</source>
        <translation>键盘快捷键 — 按 ? 或 Esc 关闭</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageFilterProxy</name>
    <message>
        <source>All images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>With pseudo-label</source>
        <translation>有伪标签</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ImageListDelegate</name>
    <message>
        <source>pseudo-label</source>
        <translation>伪标签</translation>
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
        <translation>未选择图像</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>无法显示 %1：
%2</translation>
    </message>
    <message>
        <source>Overlay hidden</source>
        <translation>叠加已隐藏</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>无掩膜</translation>
    </message>
</context>
<context>
    <name>mipr::ui::LogPane</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
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
        <translation>%1 — 无法显示</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Images…</source>
        <translation>导入图像(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Browse Images</source>
        <translation>浏览图像(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Review Pairs</source>
        <translation>审阅图像对(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>新建运行(&amp;N)…</translation>
    </message>
    <message>
        <source>Train S, pseudo-label, run MIPR iterations or the Table-1 experiment (Ctrl+R)</source>
        <translation>训练 S、生成伪标签、运行 MIPR 迭代或表 1 实验 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Show the &amp;Cockpit</source>
        <translation>显示控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Show the &amp;Results</source>
        <translation>显示结果(&amp;R)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MIPR Studio</source>
        <translation>关于 MIPR Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About MIPR Studio</source>
        <translation>关于 MIPR Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MIPR Studio %1&lt;/h3&gt;&lt;p&gt;Semi-automatic annotation of dermoscopy images with pixel rearrangement.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MIPR Studio %1&lt;/h3&gt;&lt;p&gt;基于像素重排的皮肤镜图像半自动标注。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom 10000%</source>
        <translation>缩放 10000%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the import: what was imported so far is kept</source>
        <translation>停止导入：已导入的内容会保留</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>无最近项目</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened read-only: you can browse and look at pairs; decisions and imports are off.</source>
        <translation>已以只读方式打开：可以浏览图像、查看图像对；决定和导入功能已关闭。</translation>
    </message>
    <message>
        <source>This project is read-only for you: you can browse and look at pairs; decisions and imports are off.</source>
        <translation>此项目对您是只读的：可以浏览图像、查看图像对；决定和导入功能已关闭。</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>This project has no images yet.
Use File → Import Images… to add some.</source>
        <translation>此项目尚无图像。
请使用“文件 → 导入图像…”添加图像。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Create or open a project (File menu).</source>
        <translation>请创建或打开一个项目（文件菜单）。</translation>
    </message>
    <message>
        <source>%1 labelled · %2 unlabelled · %3 test · %4 with pseudo-label</source>
        <translation>已标注 %1 · 未标注 %2 · 测试集 %3 · 有伪标签 %4</translation>
    </message>
    <message>
        <source>Cannot read project</source>
        <translation>无法读取项目</translation>
    </message>
    <message>
        <source>MIPR Studio</source>
        <translation>MIPR Studio</translation>
    </message>
    <message>
        <source>%1 (read-only) — MIPR Studio</source>
        <translation>%1（只读）— MIPR Studio</translation>
    </message>
    <message>
        <source>%1 — MIPR Studio</source>
        <translation>%1 — MIPR Studio</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>New Project — choose an empty folder</source>
        <translation>新建项目 — 选择一个空文件夹</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Import Images — choose a dataset folder (ISIC, PH², or images/ + masks/)</source>
        <translation>导入图像 — 选择数据集文件夹（ISIC、PH²，或 images/ + masks/）</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>有运行正在进行</translation>
    </message>
    <message>
        <source>Stop the run and close? What it completed is kept, and a new run continues after it.</source>
        <translation>停止运行并关闭？已完成的部分会保留，新的运行将在此基础上继续。</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Stopping the run, then closing…</source>
        <translation>正在停止运行，随后关闭…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <source>Open or create a project first (File menu).</source>
        <translation>请先打开或创建一个项目（文件菜单）。</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>无法启动运行</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>This project is open read-only: runs would change it.</source>
        <translation>此项目以只读方式打开：运行会修改项目。</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>运行完成。</translation>
    </message>
    <message>
        <source>Run stopped.</source>
        <translation>运行已停止。</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Another MIPR Studio has this project open (%1), so it opened read-only here: you can browse and look at pairs; decisions, imports and runs are off. Close the other one to work on it here.</source>
        <translation>另一个 MIPR Studio 已打开此项目（%1），因此此处以只读方式打开：可以浏览图像并查看图像对；决定、导入和运行均已停用。关闭另一个后即可在此处处理。</translation>
    </message>
    <message>
        <source>its lock is held</source>
        <translation>其锁已被占用</translation>
    </message>
</context>
<context>
    <name>mipr::ui::MaskEditor</name>
    <message>
        <source>Brush stroke</source>
        <translation>画笔笔画</translation>
    </message>
    <message>
        <source>Eraser stroke</source>
        <translation>橡皮擦笔画</translation>
    </message>
    <message>
        <source>Polygon erase</source>
        <translation>多边形擦除</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>多边形填充</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>泛洪填充</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>填充孔洞</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>扩张</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>mipr::ui::OverlayPresenter</name>
    <message>
        <source>Doctor mask</source>
        <translation>医生掩膜</translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation>伪标签</translation>
    </message>
    <message>
        <source>No mask</source>
        <translation>无掩膜</translation>
    </message>
</context>
<context>
    <name>mipr::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>your name, recorded with each review decision</source>
        <translation>您的姓名，随每条审阅决定一起记录</translation>
    </message>
    <message>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>自动（优先使用第一块 GPU，否则使用 CPU）</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>每核一个</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Outline instead of fill</source>
        <translation>以轮廓代替填充</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>审阅者姓名：</translation>
    </message>
    <message>
        <source>Default device of new runs:</source>
        <translation>新运行的默认设备：</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU 线程数：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Overlay opacity:</source>
        <translation>叠加不透明度：</translation>
    </message>
    <message>
        <source>A new language applies when the studio starts again.</source>
        <translation>新语言将在 MIPR Studio 重新启动后生效。</translation>
    </message>
    <message>
        <source>%1 (not found here)</source>
        <translation>%1（本机未找到）</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ResultsPage</name>
    <message>
        <source>The project&apos;s experiment reports (reports/experiment-*) and review simulations (reports/simulate-review-*), newest first</source>
        <translation>项目的实验报告 (reports/experiment-*) 和审阅模拟 (reports/simulate-review-*)，最新的在前</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Look for new reports</source>
        <translation>查找新报告</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>DSC chart…</source>
        <translation>DSC 图表…</translation>
    </message>
    <message>
        <source>t-SNE plot…</source>
        <translation>t-SNE 图…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (ours and the paper&apos;s figures) as CSV</source>
        <translation>将当前显示的表格（本项目与论文的数值）保存为 CSV</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
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
        <translation>DSC，%（各随机种子的均值 ± 标准差）</translation>
    </message>
    <message>
        <source>Click a bar or a point for its figures; click a legend entry to hide or show it; drag to pan, wheel to zoom.</source>
        <translation>单击柱形或数据点查看其数值；单击图例项可隐藏或显示该项；拖动可平移，滚轮可缩放。</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist.</source>
        <translation>项目文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The project&apos;s reports folder leads outside the project (a link); it is not read.</source>
        <translation>项目的报告文件夹指向项目之外（链接）；不予读取。</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>No experiment report yet: run the Table-1 experiment from Run ▸ New run, or `mipr experiment PROJECT`</source>
        <translation>尚无实验报告：请通过“运行 ▸ 新建运行”运行表 1 实验，或执行 `mipr experiment PROJECT`</translation>
    </message>
    <message>
        <source>%1: no report is shown</source>
        <translation>%1：当前未显示报告</translation>
    </message>
    <message>
        <source>%1 is a broken link</source>
        <translation>%1 是失效的链接</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 leads outside the project&apos;s reports folder (a link); it is not read</source>
        <translation>%1 指向项目报告文件夹之外（链接）；不予读取</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是常规文件</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB this page reads; it is not read</source>
        <translation>%1 大小为 %2 MB，超过本页可读取的上限 %3 MB；不予读取</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is more than %2 MB; it is not read</source>
        <translation>%1 超过 %2 MB；不予读取</translation>
    </message>
    <message>
        <source>%1 is no longer a folder inside the project&apos;s reports</source>
        <translation>%1 已不再是项目报告中的文件夹</translation>
    </message>
    <message>
        <source>Report folder: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; the full report: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (each order&apos;s decisions are in its review-&amp;lt;order&amp;gt; project)</source>
        <translation>报告文件夹：&lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; 完整报告：&lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt;（每种审阅顺序的决定保存在各自的 review-&amp;lt;order&amp;gt; 项目中）</translation>
    </message>
    <message>
        <source>Report folder: &lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; the full report: &lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt; (the MIPR loop, the gain per seed and the image quality)</source>
        <translation>报告文件夹：&lt;code&gt;%1&lt;/code&gt; &amp;nbsp;·&amp;nbsp; 完整报告：&lt;a href=&quot;report.md&quot;&gt;report.md&lt;/a&gt;（MIPR 循环、各随机种子的增益及图像质量）</translation>
    </message>
    <message>
        <source>line %1: data_amount is not a count (&apos;%2&apos;)</source>
        <translation>第 %1 行：data_amount 不是计数（&apos;%2&apos;）</translation>
    </message>
    <message>
        <source>line %1: %2 is not a number in [0, 1] (&apos;%3&apos;)</source>
        <translation>第 %1 行：%2 不是 [0, 1] 范围内的数值（&apos;%3&apos;）</translation>
    </message>
    <message>
        <source>no rows under the header</source>
        <translation>表头下没有数据行</translation>
    </message>
    <message>
        <source>line %1: kind &apos;%2&apos; is neither real nor generated</source>
        <translation>第 %1 行：kind &apos;%2&apos; 既不是 real 也不是 generated</translation>
    </message>
    <message>
        <source>line %1: x or y is not a number</source>
        <translation>第 %1 行：x 或 y 不是数值</translation>
    </message>
    <message>
        <source>no points under the header</source>
        <translation>表头下没有数据点</translation>
    </message>
    <message>
        <source>The t-SNE points could not be read
(see the message above the table)</source>
        <translation>无法读取 t-SNE 数据点
（见表格上方的消息）</translation>
    </message>
    <message>
        <source>No t-SNE in this report
(needs at least 2 pairs
in the last iteration)</source>
        <translation>此报告中没有 t-SNE
（最后一次迭代中
至少需要 2 个图像对）</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>This report has no t-SNE plot.</source>
        <translation>此报告没有 t-SNE 图。</translation>
    </message>
    <message>
        <source>Export the t-SNE plot</source>
        <translation>导出 t-SNE 图</translation>
    </message>
    <message>
        <source>Export the DSC chart</source>
        <translation>导出 DSC 图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
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
        <translation>&lt;b&gt;本项目&lt;/b&gt;：本项目的数据、划分和预设（各随机种子的均值 ± 标准差）。&lt;b&gt;论文&lt;/b&gt;：MIPR 论文中 %1 的表 1，基于 &lt;b&gt;ISIC 2018，256²&lt;/b&gt;（1800 张未标注图像，594 张测试图像）；仅显示论文中有的行，即 Doctor 和 MIPR[k]。数据不同：请比较趋势，而非具体数值。</translation>
    </message>
    <message>
        <source> (report.md names no model; U-Net assumed.)</source>
        <translation>（report.md 未指明模型；按 U-Net 处理。）</translation>
    </message>
    <message>
        <source>Per seed: %1</source>
        <translation>各随机种子：%1</translation>
    </message>
    <message>
        <source>The MIPR paper&apos;s Table 1 (ISIC 2018, 256²)</source>
        <translation>MIPR 论文的表 1（ISIC 2018，256²）</translation>
    </message>
    <message>
        <source>The paper has no such row</source>
        <translation>论文中没有对应的行</translation>
    </message>
    <message>
        <source>Test DSC per row, in % (mean ± std over seeds)</source>
        <translation>各行的测试集 DSC，%（各随机种子的均值 ± 标准差）</translation>
    </message>
    <message>
        <source>No rows to chart</source>
        <translation>没有可绘制的行</translation>
    </message>
    <message>
        <source>MIPR rows</source>
        <translation>MIPR 行</translation>
    </message>
    <message>
        <source>Baselines (labelled only, Doctor, pseudo-labels, self-training)</source>
        <translation>基线（仅已标注、Doctor、伪标签、自训练）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n training image(s)): DSC %2 %, ACC %3 %</source>
        <translation>
            <numerusform>%1（%n 张训练图像）：DSC %2 %，ACC %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Test DSC per row, in % (mean ± std over seeds; axis from %1)</source>
        <translation>各行的测试集 DSC，%（各随机种子的均值 ± 标准差；坐标轴起点 %1）</translation>
    </message>
    <message>
        <source>t-SNE of S-encoder features</source>
        <translation>S 编码器特征的 t-SNE</translation>
    </message>
    <message>
        <source>t-SNE of S-encoder features, iteration %1</source>
        <translation>S 编码器特征的 t-SNE，迭代 %1</translation>
    </message>
    <message>
        <source>5-NN real/generated accuracy %1 (50% = indistinguishable)</source>
        <translation>5-NN 原始/生成区分准确率 %1（50% = 无法区分）</translation>
    </message>
    <message>
        <source>Generated x&apos; of %1</source>
        <translation>%1 的生成图像 x&apos;</translation>
    </message>
    <message>
        <source>Real x_u %1</source>
        <translation>原始图像 x_u %1</translation>
    </message>
    <message>
        <source>generated x&apos; (%1)</source>
        <translation>生成图像 x&apos;（%1）</translation>
    </message>
    <message>
        <source>real x_u (%1)</source>
        <translation>原始图像 x_u（%1）</translation>
    </message>
    <message>
        <source>, iteration %1</source>
        <translation>，迭代 %1</translation>
    </message>
    <message>
        <source>t-SNE of real and generated images</source>
        <translation>原始图像与生成图像的 t-SNE</translation>
    </message>
    <message>
        <source>Review order (strategy)</source>
        <translation>审阅顺序（策略）</translation>
    </message>
    <message>
        <source>Spearman with true Dice</source>
        <translation>与真实 Dice 的 Spearman 相关</translation>
    </message>
    <message>
        <source>AURC</source>
        <translation>AURC</translation>
    </message>
    <message>
        <source>Accepted / edited</source>
        <translation>已接受 / 已编辑</translation>
    </message>
    <message>
        <source>Doctor-level after</source>
        <translation>达到医生水平所需</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>% of labelling all by hand</source>
        <translation>占全部手工标注的 %</translation>
    </message>
    <message>
        <source>Method[iter]</source>
        <translation>方法[迭代]</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>DSC % (ours)</source>
        <translation>DSC %（本项目）</translation>
    </message>
    <message>
        <source>ACC % (ours)</source>
        <translation>ACC %（本项目）</translation>
    </message>
    <message>
        <source>Paper row</source>
        <translation>论文对应行</translation>
    </message>
    <message>
        <source>DSC % (paper)</source>
        <translation>DSC %（论文）</translation>
    </message>
    <message>
        <source>ACC % (paper)</source>
        <translation>ACC %（论文）</translation>
    </message>
    <message>
        <source>The MIPR paper&apos;s Table 1: ISIC 2018 at 256², not this project&apos;s data</source>
        <translation>MIPR 论文的表 1：ISIC 2018，256²，并非本项目的数据</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Test Dice: labelled only %2, MIPR pairs without review %3, every image labelled by hand %4. Per pixel, |x&apos; − x_u| predicts a wrong label with AUROC %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;测试集 Dice：仅已标注 %2，MIPR 图像对不经审阅 %3，全部图像手工标注 %4。逐像素而言，|x&apos; − x_u| 预测错误标注的 AUROC 为 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 次决定</numerusform>
        </translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>no curve</source>
        <translation>无曲线</translation>
    </message>
    <message>
        <source>reviewer minutes (modelled)</source>
        <translation>审阅者用时，分钟（模型估算）</translation>
    </message>
    <message>
        <source>test Dice of S, %</source>
        <translation>S 的测试集 Dice，%</translation>
    </message>
    <message>
        <source>Cost curves: S&apos;s test Dice against the reviewer&apos;s minutes, per review order</source>
        <translation>成本曲线：各审阅顺序下 S 的测试集 Dice 随审阅者用时（分钟）的变化</translation>
    </message>
    <message>
        <source>line %1: minutes or test_dice is not a number</source>
        <translation>第 %1 行：minutes 或 test_dice 不是数值</translation>
    </message>
    <message>
        <source>%1: test Dice %2 % after %3 reviewer minutes</source>
        <translation>%1：审阅者用时 %3 分钟后，测试集 Dice 为 %2 %</translation>
    </message>
    <message>
        <source>labelled only</source>
        <translation>仅已标注</translation>
    </message>
    <message>
        <source>all labelled by hand (%1 min)</source>
        <translation>全部手工标注（%1 min）</translation>
    </message>
    <message>
        <source>A review simulation has no t-SNE:
see its cost curves on the left</source>
        <translation>审阅模拟没有 t-SNE：
请查看左侧的成本曲线</translation>
    </message>
    <message>
        <source>Review simulation, %1   (%2)</source>
        <translation>审阅模拟，%1   (%2)</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>第 %1 行：闭合引号后还有文本</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行：带引号的字段未闭合</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>no &apos;%1&apos; column in the header line</source>
        <translation>表头行中没有 &apos;%1&apos; 列</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>第 %1 行：有 %2 个字段，而表头有 %3 个</translation>
    </message>
    <message>
        <source>%1: and %2 more problems</source>
        <translation>%1：另有 %2 个问题</translation>
    </message>
    <message numerus="yes">
        <source>Doctor-level reached with %1 after %n decision(s), %2 min: %3 % of labelling all by hand.</source>
        <translation>
            <numerusform>按%1排序在 %n 次决定、%2 分钟后达到医生水平：为全部手工标注用时的 %3 %。</numerusform>
        </translation>
    </message>
    <message>
        <source>Doctor-level not reached; the highest curve is %1&apos;s.</source>
        <translation>未达到医生水平；最高的曲线属于%1。</translation>
    </message>
    <message>
        <source>%1 in the report (mipr simulate-review)</source>
        <translation>报告中的名称为 %1（mipr simulate-review）</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewCase</name>
    <message>
        <source>%1: the label is %2 × %3 px, the image %4 × %5 px; resized to the image</source>
        <translation>%1：标注为 %2 × %3 px，图像为 %4 × %5 px；已将标注缩放至图像尺寸</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewPane</name>
    <message>
        <source>x_u  real image</source>
        <translation>x_u  原始图像</translation>
    </message>
    <message>
        <source>x_u + label  (editing)</source>
        <translation>x_u + 标注  (编辑中)</translation>
    </message>
    <message>
        <source>x_u + label</source>
        <translation>x_u + 标注</translation>
    </message>
    <message>
        <source>x&apos;  generated</source>
        <translation>x&apos;  生成图像</translation>
    </message>
    <message>
        <source>x&apos; + label</source>
        <translation>x&apos; + 标注</translation>
    </message>
    <message>
        <source>|x&apos; − x_u|  difference</source>
        <translation>|x&apos; − x_u|  差异</translation>
    </message>
    <message>
        <source>No generated image for this pair</source>
        <translation>此图像对没有生成图像</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewPanel</name>
    <message>
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Edit the mask (after E)</source>
        <translation>编辑掩膜（按 E 后）</translation>
    </message>
    <message>
        <source>No pair matches the queue&apos;s filter.</source>
        <translation>没有图像对符合队列的筛选条件。</translation>
    </message>
    <message>
        <source>No pair selected.</source>
        <translation>未选择图像对。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Brush %1 px</source>
        <translation>画笔 %1 px</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit mask</source>
        <translation>编辑掩膜(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>First in queue</source>
        <translation>队列中第一个</translation>
    </message>
    <message>
        <source>Last in queue</source>
        <translation>队列中最后一个</translation>
    </message>
    <message>
        <source>&amp;Undo decision</source>
        <translation>撤销决定(&amp;U)</translation>
    </message>
    <message>
        <source>Redo decision</source>
        <translation>重做决定</translation>
    </message>
    <message>
        <source>&amp;Batch accept…</source>
        <translation>批量接受(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;xport annotations…</source>
        <translation>导出标注(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Two panes / four panes</source>
        <translation>双窗格 / 四窗格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Difference heat map</source>
        <translation>差异热图(&amp;D)</translation>
    </message>
    <message>
        <source>Error &amp;map overlay (|x&apos; − x_u| on the label)</source>
        <translation>误差图叠加（在标注上显示 |x&apos; − x_u|）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Outline / fill</source>
        <translation>轮廓 / 填充(&amp;O)</translation>
    </message>
    <message>
        <source>Show / &amp;hide label</source>
        <translation>显示 / 隐藏标注(&amp;H)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>实际像素</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>键盘帮助</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Polygon / lasso (click points, Enter closes)</source>
        <translation>多边形 / 套索（单击添加顶点，Enter 闭合）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Flood fill (Shift+click erases)</source>
        <translation>泛洪填充（Shift+单击为擦除）(&amp;F)</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <source>Fill &amp;holes</source>
        <translation>填充孔洞(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Grow by one pixel</source>
        <translation>扩张一个像素(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Shrink by one pixel</source>
        <translation>收缩一个像素(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;mooth outline</source>
        <translation>平滑轮廓(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Clear mask</source>
        <translation>清空掩膜(&amp;C)</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>重做笔画</translation>
    </message>
    <message>
        <source>Save edit (the pair becomes &quot;edited&quot;)</source>
        <translation>保存编辑（图像对变为“已编辑”）</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>泛洪填充</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>扩张</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>2 / 4 panes</source>
        <translation>2 / 4 窗格</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Keys ?</source>
        <translation>快捷键 ?</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%v / %m reviewed</source>
        <translation>已审阅 %v / %m</translation>
    </message>
    <message>
        <source>Accept every pair to review with consistency ≥</source>
        <translation>接受所有待审阅且一致性 ≥</translation>
    </message>
    <message>
        <source>By %1 (best in the simulation)</source>
        <translation>按 %1（模拟中最佳）</translation>
    </message>
    <message>
        <source>Not measured yet: run mipr simulate-review</source>
        <translation>尚未测定：请运行 mipr simulate-review</translation>
    </message>
    <message>
        <source>Predicts wrong pixels with AUROC %1</source>
        <translation>预测错误像素的 AUROC 为 %1</translation>
    </message>
    <message>
        <source>All iterations</source>
        <translation>全部迭代</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>迭代 %1</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>无图像对</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed · %3 left</source>
        <translation>已审阅 %1 / %2 · 剩余 %3</translation>
    </message>
    <message>
        <source> · estimated gain left %1 %</source>
        <translation> · 估计剩余增益 %1 %</translation>
    </message>
    <message>
        <source>Nothing to review here.</source>
        <translation>此处没有需要审阅的内容。</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>S v%1, G v%2</source>
        <translation>S v%1，G v%2</translation>
    </message>
    <message>
        <source> · &lt;b&gt;empty label&lt;/b&gt;</source>
        <translation> · &lt;b&gt;空标注&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · label %1 % of the image</source>
        <translation> · 标注占图像 %1 %</translation>
    </message>
    <message>
        <source> · estimated Dice &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · 估计 Dice &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · iteration %2 · %3 · consistency %4 · confidence %5 · L1 %6 · SSIM %7 · &lt;b&gt;%8&lt;/b&gt;%9 · %10 of %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 迭代 %2 · %3 · 一致性 %4 · 置信度 %5 · L1 %6 · SSIM %7 · &lt;b&gt;%8&lt;/b&gt;%9 · 第 %10 / %11 个</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of this queue qualify</source>
        <translation>
            <numerusform>本队列中有 %n 对符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pair(s)</source>
        <translation>
            <numerusform>接受 %n 对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n pair(s) at once; Ctrl+Z undoes the whole batch.</source>
        <translation>
            <numerusform>已一次性接受 %n 对；按 Ctrl+Z 可撤销整批操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export annotations to</source>
        <translation>将标注导出到</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>%1 导出</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>正在导出… %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) (%1 accepted, %2 edited)</source>
        <translation>
            <numerusform>已导出 %n 个标注（已接受 %1 个，已编辑 %2 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n decision row(s) to %1</source>
        <translation>
            <numerusform>及 %n 行决定记录，导出位置：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: %1 is as it was.</source>
        <translation>导出已取消：%1 保持原样。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Editing %1: B brush, X eraser, P polygon, F fill, [ ] size · Enter saves, Esc cancels.</source>
        <translation>正在编辑 %1：B 画笔，X 橡皮擦，P 多边形，F 填充，[ ] 调整大小 · Enter 保存，Esc 取消。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>Discard your changes to the mask of %1?</source>
        <translation>放弃对 %1 的掩膜所做的更改？</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewQueue</name>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>held</source>
        <translation>未通过筛选</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Least consistent first</source>
        <translation>一致性最低优先</translation>
    </message>
    <message>
        <source>Most consistent first</source>
        <translation>一致性最高优先</translation>
    </message>
    <message>
        <source>Least confident first</source>
        <translation>置信度最低优先</translation>
    </message>
    <message>
        <source>Most confident first</source>
        <translation>置信度最高优先</translation>
    </message>
    <message>
        <source>Most changed by G first</source>
        <translation>G 改动最大优先</translation>
    </message>
    <message>
        <source>By image name</source>
        <translation>按图像名称</translation>
    </message>
    <message>
        <source>Lowest estimated Dice first</source>
        <translation>估计 Dice 最低优先</translation>
    </message>
    <message>
        <source>By a quality signal</source>
        <translation>按质量信号</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>To review (pending + held)</source>
        <translation>待审阅（待定 + 未通过筛选）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Held back by the filter</source>
        <translation>未通过筛选</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>全部图像对</translation>
    </message>
    <message>
        <source>%1 · it %2 · cons %3 · conf %4</source>
        <translation>%1 · 迭代 %2 · 一致性 %3 · 置信度 %4</translation>
    </message>
    <message>
        <source> · est. Dice %1</source>
        <translation> · 估计 Dice %1</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewSession</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pair(s)</source>
        <translation>
            <numerusform>接受 %n 对</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the pairs of the project: %1</source>
        <translation>无法读取项目的图像对：%1</translation>
    </message>
    <message>
        <source>This project is open read-only: decisions cannot be recorded.</source>
        <translation>此项目以只读方式打开：无法记录决定。</translation>
    </message>
    <message>
        <source>No pair to decide on.</source>
        <translation>没有可供决定的图像对。</translation>
    </message>
    <message>
        <source>Could not record the decision on %1: %2</source>
        <translation>无法记录对 %1 的决定：%2</translation>
    </message>
    <message>
        <source>No pair to save an edit for.</source>
        <translation>没有可保存编辑的图像对。</translation>
    </message>
    <message>
        <source>The image of %1 is no longer in the project.</source>
        <translation>%1 的图像已不在项目中。</translation>
    </message>
    <message>
        <source>The edited mask of %1 is %2 × %3 px, the image %4 × %5 px: not saved.</source>
        <translation>%1 编辑后的掩膜为 %2 × %3 px，而图像为 %4 × %5 px：未保存。</translation>
    </message>
    <message>
        <source>Could not save the edit of %1: %2</source>
        <translation>无法保存对 %1 的编辑：%2</translation>
    </message>
    <message>
        <source>Could not record the batch decision: %1</source>
        <translation>无法记录批量决定：%1</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ReviewView</name>
    <message>
        <source>No pair to review</source>
        <translation>没有可审阅的图像对</translation>
    </message>
    <message>
        <source>Cannot show %1:
%2</source>
        <translation>无法显示 %1：
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
        <translation> · 病灶</translation>
    </message>
    <message>
        <source> · background</source>
        <translation> · 背景</translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunController</name>
    <message>
        <source>A run is in progress: stop it first.</source>
        <translation>有运行正在进行：请先停止它。</translation>
    </message>
    <message numerus="yes">
        <source>S v%1 trained on %n image(s) in %2 s, final loss %3</source>
        <translation>
            <numerusform>S v%1 已在 %n 张图像上训练完成，用时 %2 s，最终损失 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pseudo-labelled, mean confidence %1</source>
        <translation>
            <numerusform>已为 %n 张图像生成伪标签，平均置信度 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Stopped. What completed is kept; a new run continues after it.</source>
        <translation>已停止。已完成的部分会保留；新的运行将在此基础上继续。</translation>
    </message>
</context>
<context>
    <name>mipr::ui::RunDialog</name>
    <message>
        <source>CPU quick</source>
        <translation>CPU 快速</translation>
    </message>
    <message>
        <source>Paper (GPU)</source>
        <translation>论文设置 (GPU)</translation>
    </message>
    <message>
        <source>Smoke test (seconds)</source>
        <translation>冒烟测试（数秒）</translation>
    </message>
    <message>
        <source>New Run</source>
        <translation>新建运行</translation>
    </message>
    <message>
        <source>Train S on the labelled images</source>
        <translation>在已标注图像上训练 S</translation>
    </message>
    <message>
        <source>Pseudo-label the unlabelled images with S</source>
        <translation>用 S 为未标注图像生成伪标签</translation>
    </message>
    <message>
        <source>MIPR iterations (train S, train G, annotate)</source>
        <translation>MIPR 迭代（训练 S、训练 G、标注）</translation>
    </message>
    <message>
        <source>Table-1 experiment (MIPR against baselines, a report)</source>
        <translation>表 1 实验（MIPR 与基线对比，生成报告）</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>应用预设</translation>
    </message>
    <message>
        <source>Replace every value below with the preset&apos;s</source>
        <translation>用预设值替换下方的所有值</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>自动（优先使用第一块 GPU，否则使用 CPU）</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>
From %1 to %2</source>
        <translation>
范围：%1 至 %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>%1 (not found here)</source>
        <translation>%1（本机未找到）</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>S: %1 at %2 × %2 px, width %3, %n epoch(s).</source>
        <translation>
            <numerusform>S：%1，%2 × %2 px，宽度 %3，%n 个轮次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest S pseudo-labels every unlabelled image (threshold %1).</source>
        <translation>用最新的 S 为所有未标注图像生成伪标签（阈值 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n MIPR iteration(s): S %1 epochs, G %2 epochs at %3 × %3 px; kept pairs %4.</source>
        <translation>
            <numerusform>%n 次 MIPR 迭代：S %1 个轮次，G %2 个轮次，分辨率 %3 × %3 px；保留的图像对%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>are accepted</source>
        <translation>将直接接受</translation>
    </message>
    <message>
        <source>wait for review</source>
        <translation>将等待审阅</translation>
    </message>
    <message numerus="yes">
        <source>Table 1 over %n seed(s)</source>
        <translation>
            <numerusform>表 1，共 %n 个随机种子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n iteration(s) each; writes a report in reports/.</source>
        <translation>
            <numerusform>，每个 %n 次迭代；报告写入 reports/。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>mipr::ui::ViewerToolBar</name>
    <message>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <source>Doctor mask</source>
        <translation>医生掩膜</translation>
    </message>
    <message>
        <source>Overlay the clinician&apos;s mask (D)</source>
        <translation>叠加医生的掩膜 (D)</translation>
    </message>
    <message>
        <source>Pseudo-label</source>
        <translation>伪标签</translation>
    </message>
    <message>
        <source>Overlay the model&apos;s pseudo-label (P)</source>
        <translation>叠加模型的伪标签 (P)</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Show or hide the mask overlay (O)</source>
        <translation>显示或隐藏掩膜叠加 (O)</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Draw the mask as a translucent fill</source>
        <translation>以半透明填充方式绘制掩膜</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Draw the mask&apos;s outline</source>
        <translation>绘制掩膜轮廓</translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation> 不透明度 </translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>叠加不透明度</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation>使图像适应窗口 (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>一个图像像素对应一个屏幕像素 (1)</translation>
    </message>
</context>
</TS>
