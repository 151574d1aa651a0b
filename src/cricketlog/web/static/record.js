// The record page: the microphone streamed over /ws/record, the words shown as they are heard,
// the entries as cards to check, answer and save, and the confirmation spoken aloud.
//
// htmx's WebSocket extension holds the socket (ws-connect on #session, made when Record is
// pressed) and sends the cards' answers and changes (ws-send); this file speaks the contract's
// messages over it: `start`, the recording in binary chunks as MediaRecorder gives them, `stop`,
// and turns each `answer`/`set`/`save`/`discard` form into its JSON message. Every fragment is
// rendered by the server (/record/view), so a card looks the same whether it came from this
// socket or from finishing an unsaved recording. The same speaking and "today" helpers serve the
// upload page.
(function () {
  "use strict";

  // What MediaRecorder can give, best first, and the contract's name for each.
  var FORMATS = [
    ["audio/webm;codecs=opus", "webm"],
    ["audio/ogg;codecs=opus", "ogg"],
    ["audio/mp4", "mp4"],
    ["audio/webm", "webm"],
    ["audio/ogg", "ogg"],
  ];
  var CHUNK_MS = 250; // a chunk four times a second: the server hears pauses as they happen
  var ANSWER_MAX_MS = 8000; // a spoken answer is short
  var VOICE_WAIT_MS = 1000; // how long a browser may take to list its voices

  function localDay() {
    var now = new Date();
    var pad = function (n) { return String(n).padStart(2, "0"); };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function pickFormat() {
    if (!window.MediaRecorder) return null;
    for (var i = 0; i < FORMATS.length; i++) {
      if (MediaRecorder.isTypeSupported(FORMATS[i][0])) {
        return { mimeType: FORMATS[i][0], format: FORMATS[i][1] };
      }
    }
    return null;
  }

  // Speak with the browser's own voice; where it has none, play the server's rendering.
  function speak(text) {
    if (!text) return;
    var synth = window.speechSynthesis;
    var say = function () {
      synth.speak(new SpeechSynthesisUtterance(text));
    };
    var fallback = function () {
      new Audio("/speech.wav?text=" + encodeURIComponent(text)).play().catch(function () {});
    };
    if (!synth || !window.SpeechSynthesisUtterance) return fallback();
    if (synth.getVoices().length) return say();
    var done = false;
    var decide = function () {
      if (done) return;
      done = true;
      if (synth.getVoices().length) say(); else fallback();
    };
    synth.addEventListener("voiceschanged", decide, { once: true });
    setTimeout(decide, VOICE_WAIT_MS);
  }

  function fillToday(root) {
    root.querySelectorAll('input[name="today"]').forEach(function (input) {
      input.value = localDay();
    });
  }

  // After the server swaps a fragment in: speak a confirmation once, and keep the keyboard's
  // place. (An outerHTML swap leaves the event's target detached, so the document is searched.)
  document.addEventListener("htmx:afterSettle", function () {
    fillToday(document);
    document.querySelectorAll("[data-speak]:not([data-spoken])").forEach(function (element) {
      element.setAttribute("data-spoken", "");
      speak(element.getAttribute("data-speak"));
    });
    if (document.activeElement === document.body || !document.activeElement) {
      var next = document.querySelector(
        ".draft .question input, .draft .actions button, .draft [role=status]"
      );
      if (next) {
        if (!next.matches("input, button")) next.setAttribute("tabindex", "-1");
        next.focus();
      }
    }
  });

  // Each card's form as the contract's message (ws-send gives its fields and hx-vals).
  document.addEventListener("htmx:wsConfigSend", function (evt) {
    var p = evt.detail.parameters; // "message" names the kind: "type" is a field of an entry
    var message = { type: p.message };
    if (p.message === "answer") {
      message = { type: "answer", entry: Number(p.entry), field: p.field, text: p.text };
    } else if (p.message === "set") {
      message = { type: "set", entry: Number(p.entry), field: p.field, value: p[p.field] || "" };
    }
    evt.detail.messageBody = JSON.stringify(message);
  });

  // A card's fields are sent one by one as they change; Enter in one must not post the form.
  document.addEventListener("submit", function (evt) {
    if (evt.target.matches("form.edit")) evt.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", function () {
    fillToday(document);
    var panel = document.getElementById("recorder");
    if (panel) recordPage(panel);
  });

  function recordPage(panel) {
    var recordButton = document.getElementById("record");
    var stopButton = document.getElementById("stop");
    var status = document.getElementById("status");
    var heard = document.getElementById("heard");
    var session = null;

    function show(state, message) {
      panel.dataset.state = state;
      status.textContent = message;
      stopButton.disabled = state !== "recording";
      recordButton.disabled = state === "connecting" || state === "stopping";
    }

    function render(message) {
      return htmx.ajax("POST", "/record/view", {
        source: session.element,
        target: "#live-draft",
        swap: "innerHTML",
        values: { message: JSON.stringify(message) },
      });
    }

    function finish(socketClosed) {
      if (!session) return;
      if (session.recorder && session.recorder.state !== "inactive") session.recorder.stop();
      session.stream.getTracks().forEach(function (track) { track.stop(); });
      if (!socketClosed && session.socket) session.socket.close(1000);
      session.over = true;
    }

    function newSessionElement() {
      var old = document.getElementById("session");
      var element = document.createElement("div");
      element.id = "session";
      element.setAttribute("hx-ext", "ws");
      element.setAttribute("ws-connect", "/ws/record");
      element.innerHTML = '<div id="live-draft"></div>';
      old.replaceWith(element);
      return element;
    }

    recordButton.addEventListener("click", async function () {
      var chosen = pickFormat();
      if (!chosen || !navigator.mediaDevices) {
        show("idle", "This browser cannot record sound. Upload an audio file instead.");
        return;
      }
      if (session && !session.over) finish(false);
      show("connecting", "Starting the microphone…");
      var stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (err) {
        show("idle", "No microphone to record from: allow this page to use it, or upload a file.");
        return;
      }
      heard.textContent = "";
      var element = newSessionElement();
      session = { element: element, stream: stream, chosen: chosen, phase: "connecting", over: false };
      wire(session);
      htmx.process(element);
    });

    stopButton.addEventListener("click", function () {
      if (!session || session.phase !== "recording") return;
      session.phase = "stopping";
      show("stopping", "Working out your entries…");
      session.recorder.stop(); // its last chunk, then `stop` (see onstop)
      recordButton.focus();
    });

    function wire(s) {
      var el = s.element;
      el.addEventListener("htmx:wsOpen", function (evt) {
        if (s.phase !== "connecting") {
          evt.detail.event.target.close(1000); // no second socket for the same recording
          return;
        }
        s.socket = evt.detail.event.target;
        s.wrapper = evt.detail.socketWrapper;
        s.wrapper.send(JSON.stringify({ type: "start", format: s.chosen.format, today: localDay() }));
        s.recorder = new MediaRecorder(s.stream, { mimeType: s.chosen.mimeType });
        s.recorder.ondataavailable = function (e) {
          if (e.data && e.data.size) s.wrapper.send(e.data);
        };
        s.recorder.onstop = function () {
          s.stream.getTracks().forEach(function (track) { track.stop(); });
          if (s.phase === "stopping") s.wrapper.send(JSON.stringify({ type: "stop" }));
        };
        s.recorder.start(CHUNK_MS);
        s.phase = "recording";
        show("recording", "Recording… speak now, then press Stop.");
        stopButton.focus();
      });

      el.addEventListener("htmx:wsBeforeMessage", function (evt) {
        evt.preventDefault(); // the messages are JSON, not HTML to swap
        var message;
        try {
          message = JSON.parse(evt.detail.message);
        } catch (err) {
          return;
        }
        onMessage(s, message);
      });

      el.addEventListener("htmx:wsClose", function () {
        if (s.over) return;
        finish(true);
        show("idle", "The connection was lost. Nothing you said is lost: finish the recording below.");
        htmx.trigger(document.body, "pending-changed"); // the list shows it now
      });
    }

    function onMessage(s, message) {
      if (s !== session) return;
      switch (message.type) {
        case "heard":
          heard.textContent = message.text;
          break;
        case "entries":
          s.phase = "review";
          heard.textContent = message.transcript || heard.textContent;
          show("review", message.entries.length
            ? "Check your entries, answer the questions, then Save."
            : "No entries were heard. Discard, or record again.");
          render(message);
          break;
        case "saved":
        case "discarded":
          s.phase = "done";
          show("idle", ""); // the fragment says what was saved, or that nothing was
          render(message).then(function () { finish(false); });
          break;
        case "error":
          if (s.phase === "recording" || s.phase === "stopping") {
            finish(false);
            show("idle", message.message);
          } else {
            show(panel.dataset.state, message.message);
          }
          break;
      }
    }

    // A spoken answer: a short recording, heard by the server, sent as the typed answer would be.
    panel.addEventListener("click", async function (evt) {
      var button = evt.target.closest("button.voice");
      if (!button || !session || !session.wrapper) return;
      if (button.recorder) {
        button.recorder.stop();
        return;
      }
      var stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (err) {
        show(panel.dataset.state, "No microphone for a spoken answer: type it instead.");
        return;
      }
      var chunks = [];
      var recorder = new MediaRecorder(stream, { mimeType: session.chosen.mimeType });
      button.recorder = recorder;
      button.textContent = "Done";
      show(panel.dataset.state, "Listening for your answer… press Done when you have said it.");
      recorder.ondataavailable = function (e) { if (e.data.size) chunks.push(e.data); };
      recorder.onstop = async function () {
        stream.getTracks().forEach(function (track) { track.stop(); });
        button.recorder = null;
        button.textContent = "Say it";
        var body = new FormData();
        body.append("file", new Blob(chunks, { type: session.chosen.mimeType }), "answer." + session.chosen.format);
        var response = await fetch("/record/heard", {
          method: "POST",
          body: body,
          headers: { "X-CSRF-Token": csrfToken() },
        });
        var result = await response.json().catch(function () { return {}; });
        if (!response.ok || !result.text) {
          show(panel.dataset.state, result.detail || "Nothing was heard: say it again, or type it.");
          return;
        }
        session.wrapper.send(JSON.stringify({
          type: "answer",
          entry: Number(button.dataset.entry),
          field: button.dataset.field,
          text: result.text,
        }));
      };
      recorder.start();
      setTimeout(function () { if (recorder.state !== "inactive") recorder.stop(); }, ANSWER_MAX_MS);
    });
  }

  function csrfToken() {
    return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || "";
  }
})();
