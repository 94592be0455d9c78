## Notices (made by the URL parser, importers and the worker)
