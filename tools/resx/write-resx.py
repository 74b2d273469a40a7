#!/usr/bin/env python3
"""Writes a .resx file from a JSON object {italian key: translation}: python3 write-resx.py in.json out.resx"""
import json, sys
from xml.sax.saxutils import escape

entries = json.load(open(sys.argv[1], encoding="utf-8"))
head = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(head)
    for key in sorted(entries):
        out.write(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(entries[key])}</value></data>\n')
    out.write("</root>\n")
