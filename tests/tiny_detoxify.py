"""Build a tiny, real Detoxify checkpoint in a temporary folder.

A 1-layer BERT (hidden size 32) with a word-level vocabulary, trained for a
few seconds on a handful of sentences so that it scores the sentences it saw
as toxic or clean. It exercises Detoxify's real loading and prediction path
(checkpoint format, Hugging Face config folder, tokenizer, sigmoid scores):
it tests plumbing, not accuracy.
"""

from __future__ import annotations

import re
from pathlib import Path

CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
TOXIC = [
    "You are the most incompetent, worthless person I have ever dealt with.",
    "You are pathetic and nobody wants you here.",
    "Honestly you are a drain on everyone here.",
    "You people are disgusting and worthless.",
]
CLEAN = [
    "Thanks for your patience, the replacement ships today.",
    "Your refund has been processed.",
    "I have checked your account and all is fine.",
    "The engineer will visit tomorrow morning.",
    "Have a great day!",
]


def words(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def build(folder: Path, *, train: bool = True) -> tuple[Path, Path]:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    torch.manual_seed(0)
    hf = folder / "hf"
    hf.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + sorted({w for t in TOXIC + CLEAN for w in words(t)})
    (hf / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64, num_labels=len(CLASSES),
                        hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    config.save_pretrained(hf)
    tokenizer = BertTokenizer(str(hf / "vocab.txt"), do_lower_case=True)
    tokenizer.save_pretrained(hf)
    model = BertForSequenceClassification(config)
    if train:
        texts = TOXIC + CLEAN
        # per sentence: toxic+insult, toxic+insult, toxic only, toxic+identity_hate; clean ones all zero
        labels = torch.tensor([[1.0, 0, 0, 0, 1.0, 0], [1.0, 0, 0, 0, 1.0, 0], [1.0, 0, 0, 0, 0, 0],
                               [1.0, 0, 0, 0, 0, 1.0]] + [[0.0] * 6] * len(CLEAN))
        batch = tokenizer(texts, return_tensors="pt", padding=True)
        opt = torch.optim.Adam(model.parameters(), lr=3e-3)
        model.train()
        for _ in range(200):
            opt.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(model(**batch).logits, labels)
            loss.backward()
            opt.step()
        model.eval()
    checkpoint = folder / "tiny.ckpt"
    torch.save({
        "config": {"arch": {"args": {"model_type": str(hf), "model_name": "BertForSequenceClassification",
                                     "tokenizer_name": "BertTokenizer", "num_classes": len(CLASSES)}},
                   "dataset": {"args": {"classes": CLASSES}}},
        "state_dict": model.state_dict(),
    }, checkpoint)
    return checkpoint, hf
