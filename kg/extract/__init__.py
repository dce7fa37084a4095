"""kg's extractors: one module per extractor, each registered with :func:`kg.registry.extractor`.

Helpers shared by several extractors live in :mod:`kg.extract.names` (person-name
shapes and title contexts) and :mod:`kg.extract.phrases` (organisation and place
names grown leftwards from their head word).
"""
