#!/usr/bin/env python3
"""The same nets as core/engine in PyTorch eager: the U-Net S (double conv + BN + ReLU, max-pool,
transposed-conv up, 1x1 head) and the GAN (generator G, multi-scale discriminator D, their losses
and training step); training-step and inference throughput on the same machine and threads,
printed as "key value" lines like engine_bench."""
import argparse
import contextlib
import random
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def double_conv(i, o):
    return nn.Sequential(nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU(inplace=True),
                         nn.Conv2d(o, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU(inplace=True))


class UNet(nn.Module):
    def __init__(self, width=16, depth=4):
        super().__init__()
        self.down = nn.ModuleList()
        c = 3
        for level in range(depth + 1):
            self.down.append(double_conv(c, width << level))
            c = width << level
        self.up = nn.ModuleList()
        self.dec = nn.ModuleList()
        for level in reversed(range(depth)):
            o = width << level
            self.up.append(nn.ConvTranspose2d(2 * o, o, 2, stride=2))
            self.dec.append(double_conv(2 * o, o))
        self.head = nn.Conv2d(width, 1, 1)

    def forward(self, x):
        skips = []
        for i, d in enumerate(self.down):
            if i:
                x = F.max_pool2d(x, 2)
            x = d(x)
            if i + 1 < len(self.down):
                skips.append(x)
        for up, dec in zip(self.up, self.dec):
            x = dec(torch.cat([skips.pop(), up(x)], 1))
        return self.head(x)


# Device and precision, set by main(): on CUDA, bfloat16 autocast of the forward passes and
# channels-last tensors, as the engine does (--precision auto|fp32|mixed|channels-last).
DEV = torch.device("cpu")
MIXED = False
CHANNELS_LAST = False


def autocast():
    if MIXED and DEV.type == "cuda":
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def on_dev(x):
    x = x.to(DEV)
    return x.contiguous(memory_format=torch.channels_last) if CHANNELS_LAST and x.dim() == 4 else x


def place(net):
    net.to(DEV)
    return net.to(memory_format=torch.channels_last) if CHANNELS_LAST else net


def sync():
    if DEV.type == "cuda":
        torch.cuda.synchronize()


def loss_fn(logits, t):
    logits = logits.float()
    p = torch.sigmoid(logits).flatten(1)
    tt = t.flatten(1)
    dice = 1 - (2 * (p * tt).sum(1) + 1) / (p.sum(1) + tt.sum(1) + 1)
    return F.binary_cross_entropy_with_logits(logits, t) + dice.mean()


def rate(fn, seconds, warmup=2):
    for _ in range(warmup):
        fn()
    sync()
    n, start = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        sync()
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n / elapsed


# ---- G + D: the engine's GAN training step and G inference, in eager -------------------------
# Mirrors core/engine/src/{generator,spade,patch_shuffle,spectral_norm,discriminator,gan_losses,
# gan_trainer,annotator}.cpp and the G+D section of bench/engine_bench.cpp: the same layers,
# options, losses, optimisers, per-step work and timing. Where it cannot match the C++ exactly:
# - Random draws: the epoch order, flips/rot90 and patch-shuffle draws (K from {1, 2, 4}, the
#   permutation) come from Python's random.Random(0), not std::mt19937_64 with libstdc++'s
#   uniform_int_distribution / std::shuffle, so their values differ (same distributions). The
#   work per step depends on them only slightly (a K = 1 sample is a clone, K > 1 a gather).
# - Weights and data are drawn from torch's generator in another order (the C++ bench draws its
#   matmul operands first, and its SNConv2d initialises weight_orig itself): same distributions
#   (Conv2d's kaiming-uniform init, u and v normalised N(0, 1)), different values.
# - Spectral norm is torch.nn.utils.spectral_norm (the hook version): the same computation as
#   SNConv2d (one no-grad power iteration per training forward updating the persistent u, v in
#   place, then clones, sigma = u . W v, W / sigma, eps 1e-12; eval uses the stored u, v). The hook
#   also stores the normalised weight as a module attribute each forward: bookkeeping only.
# - The C++ timer starts inside GanTrainer::train and this one around the same loop; the
#   trainer's construction (nets, optimisers) is outside both.
# As in the C++, the training figure comes from one fixed epoch (batch * 6 images, after a
# one-step warm-up on fresh nets), not from --seconds: it can take minutes on a small CPU.


def sobel_magnitude(images):
    lum = images
    if images.size(1) == 3:
        lum = 0.299 * images.narrow(1, 0, 1) + 0.587 * images.narrow(1, 1, 1) + 0.114 * images.narrow(1, 2, 1)
    gx = torch.tensor([-1.0, 0.0, 1.0, -2.0, 0.0, 2.0, -1.0, 0.0, 1.0], dtype=images.dtype,
                      device=images.device).view(1, 1, 3, 3)
    kernels = torch.cat([gx, gx.transpose(2, 3)], 0)
    g = F.conv2d(F.pad(lum, (1, 1, 1, 1), mode="replicate"), kernels)
    return torch.sqrt(g.pow(2).sum(1, keepdim=True) + 1e-12)


def conv3x3(i, o):
    return nn.Conv2d(i, o, 3, padding=1)


def resize(x, like, nearest):
    if x.shape[2:] == like.shape[2:]:
        return x
    if nearest:
        return F.interpolate(x, size=like.shape[2:], mode="nearest")
    return F.interpolate(x, size=like.shape[2:], mode="bilinear", align_corners=False)


class SpadePlus(nn.Module):
    def __init__(self, channels, label_channels=1, hidden=128):
        super().__init__()
        self.shared = nn.Sequential(conv3x3(label_channels, hidden), nn.ReLU())
        self.gamma = conv3x3(hidden, channels)
        self.beta = conv3x3(hidden, channels)
        self.alpha = nn.Sequential(conv3x3(1, hidden), nn.ReLU(), conv3x3(hidden, channels))

    def forward(self, h, label, detail):
        normalised = torch.instance_norm(h, None, None, None, None, True, 0.1, 1e-5, False)
        actv = self.shared(resize(label.to(h.dtype), h, True))
        out = normalised * (1 + self.gamma(actv)) + self.beta(actv)
        return out + self.alpha(resize(detail.to(h.dtype), h, False))


class SpadePlusResBlock(nn.Module):
    def __init__(self, i, o, hidden):
        super().__init__()
        middle = min(i, o)
        self.learned_shortcut = i != o
        self.norm_0 = SpadePlus(i, hidden=hidden)
        self.conv_0 = conv3x3(i, middle)
        self.norm_1 = SpadePlus(middle, hidden=hidden)
        self.conv_1 = conv3x3(middle, o)
        if self.learned_shortcut:
            self.norm_s = SpadePlus(i, hidden=hidden)
            self.conv_s = nn.Conv2d(i, o, 1, bias=False)

    def forward(self, x, label, detail):
        shortcut = self.conv_s(self.norm_s(x, label, detail)) if self.learned_shortcut else x
        dx = self.conv_0(F.leaky_relu(self.norm_0(x, label, detail), 0.2))
        dx = self.conv_1(F.leaky_relu(self.norm_1(dx, label, detail), 0.2))
        return shortcut + dx


class Generator(nn.Module):
    def __init__(self, base_width=64, max_width=512, down_blocks=4, spade_hidden=128):
        super().__init__()
        widths = [base_width]
        for _ in range(down_blocks):
            widths.append(min(widths[-1] * 2, max_width))

        def block(conv, o):
            return nn.Sequential(conv, nn.InstanceNorm2d(o), nn.LeakyReLU(0.2))

        self.encoder = nn.ModuleList([block(nn.Conv2d(3, widths[0], 3, padding=1), widths[0])])
        for i in range(1, down_blocks + 1):
            self.encoder.append(block(nn.Conv2d(widths[i - 1], widths[i], 4, stride=2, padding=1), widths[i]))
        d = down_blocks
        self.decoder = nn.ModuleList([SpadePlusResBlock(widths[d], widths[d], spade_hidden)])
        for i in reversed(range(d)):
            self.decoder.append(SpadePlusResBlock(widths[i + 1], widths[i], spade_hidden))
        self.to_image = nn.Conv2d(widths[0], 3, 3, padding=1)

    def forward(self, x_in, label):
        detail = sobel_magnitude(x_in)
        h = x_in
        for block in self.encoder:
            h = block(h)
        for i, block in enumerate(self.decoder):
            if i > 0:
                h = F.interpolate(h, scale_factor=2.0, mode="nearest")
            h = block(h, label, detail)
        return torch.tanh(self.to_image(F.leaky_relu(h, 0.2)))


class PatchDiscriminator(nn.Module):
    def __init__(self, input_channels, base_width, layers):
        super().__init__()

        def sn_conv(i, o, stride):
            return nn.utils.spectral_norm(nn.Conv2d(i, o, 4, stride=stride, padding=2), n_power_iterations=1,
                                          eps=1e-12)

        nf = base_width
        self.blocks = nn.ModuleList([nn.Sequential(sn_conv(input_channels, nf, 2), nn.LeakyReLU(0.2))])
        for n in range(1, layers):
            prev, nf = nf, min(nf * 2, 512)
            self.blocks.append(nn.Sequential(sn_conv(prev, nf, 1 if n == layers - 1 else 2),
                                             nn.InstanceNorm2d(nf), nn.LeakyReLU(0.2)))
        self.blocks.append(nn.Sequential(sn_conv(nf, 1, 1)))

    def forward(self, x):
        outputs = []
        for block in self.blocks:
            x = block(x)
            outputs.append(x)
        return outputs


class MultiscaleDiscriminator(nn.Module):
    def __init__(self, input_channels=4, base_width=64, layers=4, scales=2):
        super().__init__()
        self.scales = nn.ModuleList([PatchDiscriminator(input_channels, base_width, layers) for _ in range(scales)])

    def forward(self, label, image):
        x = torch.cat([label.to(image.dtype), image], 1)
        outputs = []
        for s, d in enumerate(self.scales):
            if s > 0:
                x = F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False)
            outputs.append(d(x))
        return outputs


def add_up(terms):
    # As the C++ accumulates: the first term, then one add per further term (no 0 + ...).
    total = None
    for t in terms:
        total = t if total is None else total + t
    return total


def hinge_d_loss(real, fake):
    total = add_up(torch.relu(1.0 - r[-1].float()).mean() + torch.relu(1.0 + f[-1].float()).mean() for r, f in zip(real, fake))
    return total / len(real)


def hinge_g_loss(fake):
    return add_up(-f[-1].float().mean() for f in fake) / len(fake)


def feature_matching_loss(real, fake):
    total = add_up(add_up(F.l1_loss(f[j].float(), r[j].detach().float()) for j in range(len(r) - 1)) / (len(r) - 1)
                   for r, f in zip(real, fake))
    return total / len(real)


def soft_dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits.float()).flatten(1)
    t = target.float().flatten(1)
    return (1.0 - (2.0 * (p * t).sum(1) + eps) / (p.sum(1) + t.sum(1) + eps)).mean()


def consistency_loss(s, generated, label):
    # FrozenUse: S's parameters out of autograd and S in eval for the call, then put back.
    params = list(s.parameters())
    flags, was_training = [p.requires_grad for p in params], s.training
    for p in params:
        p.requires_grad_(False)
    s.eval()
    try:
        return soft_dice_loss(s(generated), label.to(generated.dtype))
    finally:
        for p, f in zip(params, flags):
            p.requires_grad_(f)
        s.train(was_training)


def augment_batch(images, masks, rng):
    # The engine's default AugmentOptions: per-sample flips, then rot90 on square inputs.
    square = images.size(2) == images.size(3)
    xs, ys = [], []
    for i in range(images.size(0)):
        x, y = images[i], masks[i]
        dims = []
        if rng.randint(0, 1):
            dims.append(2)
        if rng.randint(0, 1):
            dims.append(1)
        if dims:
            x, y = x.flip(dims), y.flip(dims)
        if square:
            k = rng.randint(0, 3)
            if k:
                x, y = x.rot90(k, [1, 2]), y.rot90(k, [1, 2])
        xs.append(x)
        ys.append(y)
    return torch.stack(xs), torch.stack(ys)


def shuffle_chw(x, k, index):
    c, ph, pw = x.size(0), x.size(1) // k, x.size(2) // k
    out = x.clone()
    if k == 1 or ph == 0 or pw == 0:
        return out
    hc, wc = ph * k, pw * k
    patches = x[:, :hc, :wc].reshape(c, k, ph, k, pw).permute(1, 3, 0, 2, 4).reshape(k * k, c, ph, pw)
    moved = patches.index_select(0, index).reshape(k, k, c, ph, pw).permute(2, 0, 3, 1, 4)
    out[:, :hc, :wc].copy_(moved.reshape(c, hc, wc))
    return out


def patch_shuffle(images, rng, k_choices):
    out = []
    for i in range(images.size(0)):
        k = k_choices[rng.randint(0, len(k_choices) - 1)]
        perm = list(range(k * k))
        rng.shuffle(perm)
        out.append(shuffle_chw(images[i], k, torch.tensor(perm, dtype=torch.long, device=images.device)))
    return torch.stack(out)


class GanTrainer:
    """GanTrainer::train for one epoch with the engine's defaults: lr G 1e-4, D 4e-4, Adam betas
    (0, 0.9), lambda_fm 10, lambda_l1 10, lambda_consistency 1, flips, patch shuffle {1, 2, 4}."""

    def __init__(self, g, d, s, batch_size, seed=0):
        self.g, self.d, self.s, self.batch_size = g, d, s, batch_size
        self.opt_g = torch.optim.Adam(g.parameters(), 1e-4, betas=(0.0, 0.9))
        self.opt_d = torch.optim.Adam(d.parameters(), 4e-4, betas=(0.0, 0.9))
        self.rng = random.Random(seed)
        self.s.eval()
        self.seconds, self.images_seen = 0.0, 0

    def set_d_requires_grad(self, on):
        for p in self.d.parameters():
            p.requires_grad_(on)

    def train(self, images, masks):
        start = time.perf_counter()
        n = images.size(0)
        steps = (n + self.batch_size - 1) // self.batch_size
        self.g.train()
        self.d.train()
        order = list(range(n))
        self.rng.shuffle(order)
        sums = [0.0, 0.0, 0.0, 0.0]
        for step in range(steps):
            begin, end = step * self.batch_size, min((step + 1) * self.batch_size, n)
            index = torch.tensor(order[begin:end], dtype=torch.long)
            x01, t = augment_batch(images.index_select(0, index), masks.index_select(0, index), self.rng)
            x = on_dev(x01 * 2.0 - 1.0)
            t = on_dev(t)
            x_in = on_dev(patch_shuffle(x, self.rng, [1, 2, 4]))

            with autocast():
                fake = self.g(x_in, t)
                self.set_d_requires_grad(True)
                d_real = self.d(t, x)
                d_fake_detached = self.d(t, fake.detach())
            loss_d = hinge_d_loss(d_real, d_fake_detached)
            self.opt_d.zero_grad()
            loss_d.backward()
            self.opt_d.step()

            self.set_d_requires_grad(False)
            with autocast():
                d_fake = self.d(t, fake)
                real_features = [[f.detach() for f in scale] for scale in d_real]
                loss_g = hinge_g_loss(d_fake) + 10.0 * feature_matching_loss(real_features, d_fake)
                l1 = F.l1_loss(fake.float(), x)
                loss_g = loss_g + 10.0 * l1
                cons = consistency_loss(self.s, fake, t)
                loss_g = loss_g + 1.0 * cons
            self.opt_g.zero_grad()
            loss_g.backward()
            self.opt_g.step()
            self.set_d_requires_grad(True)
            self.images_seen += end - begin
            for i, v in enumerate((loss_g, loss_d, l1, cons)):
                sums[i] += v.item()
        self.seconds += time.perf_counter() - start


def rearrange(g, images01, labels, batch_size=8):
    with torch.inference_mode(), autocast():
        g.eval()
        out = []
        for begin in range(0, images01.size(0), batch_size):
            x = on_dev(images01[begin:begin + batch_size] * 2.0 - 1.0)
            t = on_dev(labels[begin:begin + batch_size])
            out.append(((g(x, t).float() + 1.0) * 0.5).clamp(0.0, 1.0).cpu())
        return torch.cat(out, 0)


def lesion_masks(n, size):
    """An ellipse per mask, as engine_bench draws them (lesion-like, not pixel noise)."""
    r = torch.rand(n, 4, 1, 1)
    coords = torch.arange(size, dtype=torch.float32) / size
    y, x = coords.view(1, size, 1), coords.view(1, 1, size)
    cy, cx = 0.3 + 0.4 * r[:, 0], 0.3 + 0.4 * r[:, 1]
    ry, rx = 0.15 + 0.2 * r[:, 2], 0.15 + 0.2 * r[:, 3]
    return ((((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2) < 1).float().unsqueeze(1)


def bench_gan(a):
    def nets():
        w = a.gan_width
        return (place(Generator(base_width=w, max_width=8 * w, spade_hidden=2 * w)),
                place(MultiscaleDiscriminator(base_width=w)), place(UNet(a.width)))

    images = torch.rand(a.batch * 6, 3, a.size, a.size)
    masks = lesion_masks(a.batch * 6, a.size)
    warm = GanTrainer(*nets(), a.batch)
    warm.train(images[:a.batch], masks[:a.batch])  # warm-up
    gan = GanTrainer(*nets(), a.batch)
    gan.train(images, masks)
    print(f"gan_train_img_per_s {gan.images_seen / gan.seconds:.2f}")
    labels = masks[:8]
    g_rate = rate(lambda: rearrange(gan.g, images[:8], labels), a.seconds, warmup=1)
    print(f"gen_infer_img_per_s {g_rate * 8:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=128)
    ap.add_argument("--width", type=int, default=16)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=8)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--gan-width", type=int, default=32)
    ap.add_argument("--precision", default="auto", choices=["auto", "fp32", "mixed", "channels-last"])
    a = ap.parse_args()
    global DEV, MIXED, CHANNELS_LAST
    DEV = torch.device(a.device)
    cuda = DEV.type == "cuda"
    MIXED = a.precision == "mixed" or (a.precision == "auto" and cuda)
    CHANNELS_LAST = a.precision in ("mixed", "channels-last") or (a.precision == "auto" and cuda)
    import os
    torch.set_num_threads(a.threads or os.cpu_count())
    torch.manual_seed(0)
    print(f"torch {torch.__version__}\nthreads {torch.get_num_threads()}\ndevice {DEV}\n"
          f"mixed_precision {int(MIXED)}\nchannels_last {int(CHANNELS_LAST)}")
    net = place(UNet(a.width))
    opt = torch.optim.Adam(net.parameters(), 1e-3)
    x = on_dev(torch.rand(a.batch, 3, a.size, a.size) * 2 - 1)
    y = on_dev((torch.rand(a.batch, 1, a.size, a.size) > 0.5).float())

    def step():
        opt.zero_grad()
        with autocast():
            logits = net(x)
        loss_fn(logits, y).backward()
        opt.step()

    net.train()
    print(f"seg_train_img_per_s {rate(step, a.seconds) * a.batch:.2f}")
    net.eval()
    xi = on_dev(torch.rand(8, 3, a.size, a.size) * 2 - 1)
    with torch.inference_mode(), autocast():
        print(f"seg_infer_img_per_s {rate(lambda: torch.sigmoid(net(xi)), a.seconds) * 8:.2f}")
    bench_gan(a)


if __name__ == "__main__":
    main()
