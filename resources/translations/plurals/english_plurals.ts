<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BoundariesDialog</name>
    <message numerus="yes">
        <source>That&apos;s a lot of words: each box holds at most %n characters.</source>
        <translation>
            <numerusform>That&apos;s a lot of words: each box holds at most %n character.</numerusform>
            <numerusform>That&apos;s a lot of words: each box holds at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleDocument</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer shared</source>
        <translation>
            <numerusform>%n no longer shared</numerusform>
            <numerusform>%n no longer shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer shared: %n from the last one</source>
        <translation>
            <numerusform>No longer shared: %n from the last one</numerusform>
            <numerusform>No longer shared: %n from the last one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceBox</name>
    <message numerus="yes">
        <source>All %n words are piece words: this looks like a whole piece.</source>
        <translation>
            <numerusform>All %n words are piece words: this looks like a whole piece.</numerusform>
            <numerusform>All %n words are piece words: this looks like a whole piece.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 words so far.</source>
        <translation>
            <numerusform>%n of 20 words so far.</numerusform>
            <numerusform>%n of 20 words so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendSuggestionsDialog</name>
    <message numerus="yes">
        <source>Saved %n suggestions for {name}. Give them the file.</source>
        <translation>
            <numerusform>Saved a suggestion for {name}. Give them the file.</numerusform>
            <numerusform>Saved %n suggestions for {name}. Give them the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> minutes</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareWizard</name>
    <message numerus="yes">
        <source>%n entries chosen.</source>
        <translation>
            <numerusform>%n entry chosen.</numerusform>
            <numerusform>%n entries chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no longer shared: %n you deleted</source>
        <translation>
            <numerusform>no longer shared: %n you deleted</numerusform>
            <numerusform>no longer shared: %n you deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustedPeopleTab</name>
    <message numerus="yes">
        <source>You need cards from three people. Add %n more under People.</source>
        <translation>
            <numerusform>You need cards from three people. Add %n more under People.</numerusform>
            <numerusform>You need cards from three people. Add %n more under People.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need the cards of three people: add %n more under People.</source>
        <translation>
            <numerusform>You need the cards of three people: add %n more under People.</numerusform>
            <numerusform>You need the cards of three people: add %n more under People.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list. %n more to tick.</source>
        <translation>
            <numerusform>Tick three people in the list. %n more to tick.</numerusform>
            <numerusform>Tick three people in the list. %n more to tick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick three people in the list: %n more to tick.</source>
        <translation>
            <numerusform>Tick three people in the list: %n more to tick.</numerusform>
            <numerusform>Tick three people in the list: %n more to tick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message numerus="yes">
        <source>: {titles} and %n more</source>
        <translation>
            <numerusform>: {titles} and %n more</numerusform>
            <numerusform>: {titles} and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
