#!/usr/bin/env python3
"""The same U-Net as core/engine (double conv + BN + ReLU, max-pool, transposed-conv up, 1x1
head) in PyTorch eager: training-step and inference throughput on the same machine and threads,
printed as "key value" lines like engine_bench."""
import argparse
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


def loss_fn(logits, t):
    p = torch.sigmoid(logits).flatten(1)
    tt = t.flatten(1)
    dice = 1 - (2 * (p * tt).sum(1) + 1) / (p.sum(1) + tt.sum(1) + 1)
    return F.binary_cross_entropy_with_logits(logits, t) + dice.mean()


def rate(fn, seconds, warmup=2):
    for _ in range(warmup):
        fn()
    n, start = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n / elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=128)
    ap.add_argument("--width", type=int, default=16)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=8)
    ap.add_argument("--threads", type=int, default=0)
    a = ap.parse_args()
    import os
    torch.set_num_threads(a.threads or os.cpu_count())
    torch.manual_seed(0)
    print(f"torch {torch.__version__}\nthreads {torch.get_num_threads()}")
    net = UNet(a.width)
    opt = torch.optim.Adam(net.parameters(), 1e-3)
    x = torch.rand(a.batch, 3, a.size, a.size) * 2 - 1
    y = (torch.rand(a.batch, 1, a.size, a.size) > 0.5).float()

    def step():
        opt.zero_grad()
        loss_fn(net(x), y).backward()
        opt.step()

    net.train()
    print(f"seg_train_img_per_s {rate(step, a.seconds) * a.batch:.2f}")
    net.eval()
    xi = torch.rand(8, 3, a.size, a.size) * 2 - 1
    with torch.inference_mode():
        print(f"seg_infer_img_per_s {rate(lambda: torch.sigmoid(net(xi)), a.seconds) * 8:.2f}")


if __name__ == "__main__":
    main()
