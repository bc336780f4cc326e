// Evidence upload, enhanced: drag and drop, and one request per file with its own progress
// bar. Without this script the form posts all files at once and works the same.
(function () {
  "use strict";
  var form = document.querySelector("form[data-upload]");
  if (!form || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) {
    return;
  }
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector(".drop-zone");
  var list = form.querySelector(".upload-progress");
  var button = form.querySelector("button[type=submit]");
  var text = form.dataset;
  zone.hidden = false;

  function stop(e) {
    e.preventDefault();
    e.stopPropagation();
  }
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) {
      stop(e);
      zone.classList.add("drop-zone--over");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (e) {
      stop(e);
      zone.classList.remove("drop-zone--over");
    });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      input.dispatchEvent(new Event("change"));
    }
  });
  // The zone is a label for the file input, so Enter and Space open the picker too.
  zone.addEventListener("keydown", function (e) {
    if (e.key === "Enter" || e.key === " ") {
      stop(e);
      input.click();
    }
  });

  function row(file) {
    var li = document.createElement("li");
    var name = document.createElement("span");
    name.textContent = file.name;
    name.dir = "auto";
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", file.name);
    var status = document.createElement("span");
    status.className = "upload-status";
    status.textContent = text.waiting;
    li.append(name, " ", bar, " ", status);
    list.append(li);
    return { bar: bar, status: status, li: li };
  }

  // The server answers a refused file with the form page; its message is the one shown
  // beside the file field, already in the user's language.
  function refusal(xhr) {
    try {
      var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
      // In this order of preference: a selector list would return whichever comes first
      // in the page, which is the page's heading.
      var found = ["#f-file-error", ".form-error", "main h1"]
        .map(function (s) { return doc.querySelector(s); })
        .filter(function (el) { return el && el.textContent.trim(); });
      if (found.length) {
        return found[0].textContent.trim();
      }
    } catch (ignored) {}
    return text.failed;
  }

  function send(file, ui) {
    return new Promise(function (resolve) {
      var data = new FormData();
      // The token first: the server checks it before reading anything else.
      data.append("csrf_token", form.elements.csrf_token.value);
      ["audience", "title", "description"].forEach(function (name) {
        if (form.elements[name]) {
          data.append(name, form.elements[name].value);
        }
      });
      data.append("file", file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) {
          ui.bar.value = Math.round((e.loaded / e.total) * 100);
        }
      });
      xhr.addEventListener("load", function () {
        var ok = xhr.status >= 200 && xhr.status < 300;
        ui.bar.value = ok ? 100 : ui.bar.value;
        ui.status.textContent = ok ? text.done : refusal(xhr);
        ui.li.className = ok ? "upload--done" : "upload--failed";
        resolve(ok);
      });
      xhr.addEventListener("error", function () {
        ui.status.textContent = text.failed;
        ui.li.className = "upload--failed";
        resolve(false);
      });
      ui.status.textContent = text.uploading;
      xhr.send(data);
    });
  }

  form.addEventListener("submit", function (e) {
    var files = Array.prototype.slice.call(input.files || []);
    if (!files.length) {
      return; // the server explains that a file is needed
    }
    e.preventDefault();
    button.disabled = true;
    list.textContent = "";
    var rows = files.map(row);
    // One after the other: each file counts against the case's allowance in turn.
    var all = files.reduce(function (chain, file, i) {
      return chain.then(function (okSoFar) {
        return send(file, rows[i]).then(function (ok) {
          return okSoFar && ok;
        });
      });
    }, Promise.resolve(true));
    all.then(function (ok) {
      button.disabled = false;
      if (ok) {
        window.location.assign(form.dataset.after);
      }
    });
  });
})();
